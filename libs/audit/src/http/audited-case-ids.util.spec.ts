import { auditedCaseIds } from './audited-case-ids.util.js';

const caseA = '019ab0f0-0000-7000-8000-00000000000a';
const caseB = '019ab0f0-0000-7000-8000-00000000000b';

describe('auditedCaseIds', () => {
  it('takes the case from the caseId route param', () => {
    expect(auditedCaseIds({ resource: 'case-timeline' }, { params: { caseId: caseA }, result: {} })).toEqual([caseA]);
  });

  it('takes the case from the id route param when the resource is the case itself', () => {
    expect(auditedCaseIds({ resource: 'case' }, { params: { id: caseA }, result: {} })).toEqual([caseA]);
  });

  it('does not take an id param as a case id for other resources', () => {
    expect(auditedCaseIds({ resource: 'plan' }, { params: { id: caseA }, result: {} })).toEqual([null]);
  });

  it('prefers caseId over id for the case resource', () => {
    expect(auditedCaseIds({ resource: 'case' }, { params: { caseId: caseA, id: caseB }, result: {} })).toEqual([caseA]);
  });

  it('records a read about no single case with a null case', () => {
    expect(auditedCaseIds({ resource: 'case' }, { params: {}, result: [] })).toEqual([null]);
  });

  it('asks the declared resolver, which can read the result', () => {
    const options = { resource: 'plan', caseIds: ({ result }: { result: unknown }) => (result as { caseId: string }).caseId };
    expect(auditedCaseIds(options, { params: { id: 'plan-1' }, result: { caseId: caseB } })).toEqual([caseB]);
  });

  it('gives one entry per distinct case for a list', () => {
    const options = { resource: 'case', caseIds: () => [caseA, caseB, caseA] };
    expect(auditedCaseIds(options, { params: {}, result: [] })).toEqual([caseA, caseB]);
  });

  it('still records an empty list, with a null case', () => {
    expect(auditedCaseIds({ resource: 'case', caseIds: () => [] }, { params: {}, result: [] })).toEqual([null]);
  });
});
