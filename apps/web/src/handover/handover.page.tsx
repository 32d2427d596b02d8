import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { HandoverFormView } from './handover.form.js';
import { useCaseForHandover } from './handover.queries.js';
import { handoverStanding } from './handover.util.js';

/**
 * Screen 5: the case handed to another responsible social worker. The responsible worker and their
 * team's coordinator come from the case page; a service manager, who organises caseloads without
 * reading the case, may come by the address alone. Anyone else meets the one not-found page, as for a
 * case that does not exist.
 */
export function HandoverPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kase = useCaseForHandover(caseId);
  const readable = kase.isSuccess ? kase.data : null;
  // A case the reader may not read is asked again now and then (window focus): the page stays as it is meanwhile.
  const firstLoad = kase.isPending && kase.errorUpdateCount === 0;
  const failed = kase.isError && !isNotFound(kase.error);
  const standing = firstLoad || failed ? null : handoverStanding(me, readable);
  usePageTitle(standing ? t('handover.title') : null);
  if (firstLoad) return <LoadingState />;
  if (failed) return <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  if (!standing) return <NotFoundPage />;
  return <HandoverFormView caseId={caseId} kase={readable} />;
}
