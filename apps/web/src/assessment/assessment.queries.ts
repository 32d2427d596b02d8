import { useQuery } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The signed-in user's invitations to give their view in an assessment, soonest due first. */
export const useMyAssessmentInvitations = () =>
  useQuery({
    queryKey: queryKeys.myAssessmentInvitations,
    queryFn: () => answer(assessmentApi.GET('/invitations/mine')),
  });
