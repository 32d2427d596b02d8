import { useQuery } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The open assessments the social worker leads in which the child said they do not feel safe (one of the user's own lists). */
export const safetyConcernsKey = [...queryKeys.mine, 'assessments', 'safety-concerns'] as const;

/**
 * Its own query, not retried: when the assessment service is slow or away, this section stays out of
 * the way and the rest of the home page shows as it would without it.
 */
export const useSafetyConcerns = () =>
  useQuery({
    queryKey: safetyConcernsKey,
    queryFn: () => answer(assessmentApi.GET('/assessments/led-by-me')),
    select: (led) => led.filter((assessment) => assessment.safetyConcern),
    retry: false,
    refetchOnWindowFocus: false,
  });
