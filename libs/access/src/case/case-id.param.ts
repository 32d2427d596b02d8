import { UuidParam } from '@yhdessa/platform';
import { CaseAccessError } from './case-access.error.js';

/**
 * The route's `:caseId`, validated: a malformed id answers 404 `case_not_found`, exactly as a case
 * that does not exist or that the caller may not reach, so nobody learns which it is.
 */
export const CaseIdParam = (): ParameterDecorator => UuidParam('caseId', { malformed: CaseAccessError.caseNotFound });
