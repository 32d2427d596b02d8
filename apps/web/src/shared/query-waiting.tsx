import { useEffect, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiProblem } from '../api/api-problem.js';
import { LoadingState } from './loading-state.js';
import { ProblemNotice } from './problem-notice.js';
import { sectionPatienceMs, sectionView, type SectionView } from './section-state.util.js';

/** A section's view of its own query: the spinner only for a bounded time (see `sectionView`). */
export function useSectionView(query: UseQueryResult<unknown, unknown>): SectionView {
  const [waitedOut, setWaitedOut] = useState(false);
  const pending = query.status === 'pending';
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => setWaitedOut(true), sectionPatienceMs);
    return () => clearTimeout(timer);
  }, [pending]);
  return sectionView(query, waitedOut ? sectionPatienceMs : 0);
}

/** What a silent service is said to be: the gateway's own words for it. */
const notAnswering = new ApiProblem(503, 'service_unavailable');

/**
 * A section whose query has no answer yet: the spinner for a short while, then a calm notice that the
 * service is not answering, with a way to try again. Other sections never wait for it.
 */
export function QueryWaiting({ query }: { query: UseQueryResult<unknown, unknown> }) {
  const view = useSectionView(query);
  if (view === 'loading') return <LoadingState />;
  return <ProblemNotice error={query.error ?? query.failureReason ?? notAnswering} onRetry={() => void query.refetch()} />;
}
