import { useQuery } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The signed-in user's invitations to give their view in an assessment, soonest due first. */
export const useMyAssessmentInvitations = () =>
  useQuery({
    queryKey: queryKeys.myAssessmentInvitations,
    queryFn: () => answer(assessmentApi.GET('/invitations/mine')),
  });

/** The open assessments the signed-in social worker leads, those with a child's safety concern first. */
export const useLedAssessments = () =>
  useQuery({
    queryKey: queryKeys.myLedAssessments,
    queryFn: () => answer(assessmentApi.GET('/assessments/led-by-me')),
  });
