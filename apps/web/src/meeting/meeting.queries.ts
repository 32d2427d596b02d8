import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import type { NoteKind, RecordDecisionCommand, RecordNoteCommand } from './meeting.util.js';

/** The systemic teams the user is on (a service manager: every team they oversee is reached by its address). */
export const useMyTeams = () => useQuery({ queryKey: queryKeys.myTeams, queryFn: () => answer(caseApi.GET('/teams')) });

const team = (teamId: string) => ({ params: { path: { teamId } } });
const meeting = (meetingId: string) => ({ params: { path: { meetingId } } });

/** Who is on the team, in which team role: the speakers and task owners the meeting offers. */
export const useTeam = (teamId: string) =>
  useQuery({ queryKey: queryKeys.teamDetail(teamId), queryFn: () => answer(caseApi.GET('/teams/{teamId}', team(teamId))) });

/** The team's meetings, newest first. */
export const useTeamMeetings = (teamId: string) =>
  useQuery({
    queryKey: queryKeys.teamMeetings(teamId),
    queryFn: () => answer(caseApi.GET('/teams/{teamId}/meetings', team(teamId))),
  });

/** The law's clocks on the team's cases: what brings a case near the top of the agenda. */
export const useTeamDeadlines = (teamId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.teamDeadlines(teamId),
    queryFn: () => answer(caseApi.GET('/teams/{teamId}/deadlines', team(teamId))),
    enabled,
  });

/** The minutes as this reader sees each agenda case. Every read is audited, so it is not refetched on a timer or on focus. */
export const useMinutes = (meetingId: string) =>
  useQuery({
    queryKey: queryKeys.meeting(meetingId),
    queryFn: () => answer(caseApi.GET('/meetings/{meetingId}', meeting(meetingId))),
    refetchOnWindowFocus: false,
  });

/** The coordinator schedules the team's meeting: the service builds its agenda from the team's open cases, nearest deadline first. */
export const useScheduleMeeting = (teamId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (heldOn: string) => answer(caseApi.POST('/teams/{teamId}/meetings', { ...team(teamId), body: { heldOn } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.team(teamId) }),
  });
};

/** Whatever changes the minutes makes them stale; a change counts as done once the minutes shown hold it. */
const useMinutesChange = <Input, Output>(meetingId: string, change: (input: Input) => Promise<Output>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.meeting(meetingId) }),
  });
};

export const useRecordNote = (meetingId: string, caseId: string, kind: NoteKind) =>
  useMinutesChange(meetingId, (command: RecordNoteCommand) => {
    const params = { params: { path: { meetingId, caseId } }, body: command };
    return answer(
      kind === 'hypotheses'
        ? caseApi.POST('/meetings/{meetingId}/agenda/{caseId}/hypotheses', params)
        : caseApi.POST('/meetings/{meetingId}/agenda/{caseId}/reflections', params),
    );
  });

export const useRecordDecision = (meetingId: string, caseId: string) =>
  useMinutesChange(meetingId, (command: RecordDecisionCommand) =>
    answer(
      caseApi.POST('/meetings/{meetingId}/agenda/{caseId}/decisions', { params: { path: { meetingId, caseId } }, body: command }),
    ),
  );

/** Locks the minutes; each agenda case's decisions go onto its timeline. */
export const useFinalise = (meetingId: string) =>
  useMinutesChange(meetingId, () => answer(caseApi.POST('/meetings/{meetingId}/finalise', meeting(meetingId))));

/** The only change finalised minutes take: an amendment, shown as one. */
export const useAmend = (meetingId: string) =>
  useMinutesChange(meetingId, (body: { text: string; caseIds: string[] }) =>
    answer(caseApi.POST('/meetings/{meetingId}/amendments', { ...meeting(meetingId), body })),
  );
