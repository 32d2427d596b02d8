import { sectionPatienceMs, sectionView, type SectionQueryState } from './section-state.util.js';

const pending: SectionQueryState = { status: 'pending', failureCount: 0, errorUpdateCount: 0 };

describe('sectionView', () => {
  it('shows the spinner while the first attempt is under way and within patience', () => {
    expect(sectionView(pending, 0)).toBe('loading');
    expect(sectionView(pending, sectionPatienceMs - 1)).toBe('loading');
  });

  it('says the service is not answering once it has waited its patience, even if the call still hangs', () => {
    expect(sectionView(pending, sectionPatienceMs)).toBe('unavailable');
    expect(sectionView(pending, 2_000, 1_000)).toBe('unavailable');
  });

  it('says so after the first failed attempt, while the retries go on quietly', () => {
    expect(sectionView({ ...pending, failureCount: 1 }, 10)).toBe('unavailable');
  });

  it('does not spin again when a refetch after an error starts from "pending"', () => {
    expect(sectionView({ ...pending, errorUpdateCount: 1 }, 0)).toBe('unavailable');
  });

  it('is unavailable on an error and ready on an answer, however long it took', () => {
    expect(sectionView({ ...pending, status: 'error', errorUpdateCount: 1 }, 0)).toBe('unavailable');
    expect(sectionView({ status: 'success', failureCount: 0, errorUpdateCount: 3 }, 60_000)).toBe('ready');
  });
});
