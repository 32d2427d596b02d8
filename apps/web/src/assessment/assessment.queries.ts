import { useQuery } from '@tanstack/react-query';
import { answer, assessmentApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/**
 * The assessment service's reads. A case's start with `queryKeys.case(caseId)` (a live notice about the
 * case refreshes them), the user's own invitations with `queryKeys.mine`. Every read is audited, so
 * none is refetched on window focus.
 */
const path = (caseId: string, assessmentId: string) => ({ params: { path: { caseId, assessmentId } } });

export const myContributionKey = (caseId: string, assessmentId: string) =>
  [...queryKeys.assessment(caseId, assessmentId), 'mine'] as const;
export const matrixKey = (caseId: string, assessmentId: string) =>
  [...queryKeys.assessment(caseId, assessmentId), 'matrix'] as const;

/** The case's assessments, each with who is invited and how far they are (never a draft's content). */
export const useCaseAssessments = (caseId: string) =>
  useQuery({
    queryKey: queryKeys.caseAssessments(caseId),
    queryFn: () => answer(assessmentApi.GET('/cases/{caseId}/assessments', { params: { path: { caseId } } })),
    refetchOnWindowFocus: false,
  });

/** One assessment: its frame, who is invited, who has submitted, overdue invitations; the reader's own invitation. */
export const useAssessment = (caseId: string, assessmentId: string) =>
  useQuery({
    queryKey: queryKeys.assessment(caseId, assessmentId),
    queryFn: () => answer(assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}', path(caseId, assessmentId))),
    refetchOnWindowFocus: false,
    retry: false,
  });

/** The reader's own view, draft or submitted. */
export const useMyContribution = (caseId: string, assessmentId: string) =>
  useQuery({
    queryKey: myContributionKey(caseId, assessmentId),
    queryFn: () =>
      answer(assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/contributions/mine', path(caseId, assessmentId))),
    refetchOnWindowFocus: false,
    retry: false,
  });

/** The submitted views the service shows this reader (the others' only once their own is submitted, when blind). */
export const useVisibleViews = (caseId: string, assessmentId: string, enabled: boolean) =>
  useQuery({
    queryKey: matrixKey(caseId, assessmentId),
    queryFn: () => answer(assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/matrix', path(caseId, assessmentId))),
    refetchOnWindowFocus: false,
    enabled,
  });

/** The signed-in user's invitations to give a view, soonest due first. */
export const useMyInvitations = () =>
  useQuery({
    queryKey: queryKeys.myInvitations,
    queryFn: () => answer(assessmentApi.GET('/invitations/mine')),
    refetchOnWindowFocus: false,
  });

/** The frames an assessment can start on, each at its latest version (no client data). */
export const useAssessmentFrames = () =>
  useQuery({
    queryKey: queryKeys.assessmentFrames,
    queryFn: () => answer(assessmentApi.GET('/frames')),
    staleTime: 5 * 60_000,
  });
