import { useQuery } from '@tanstack/react-query';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';

/** The signed-in user's own open cases. */
export const useMyCases = () =>
  useQuery({
    queryKey: queryKeys.myCases,
    queryFn: () => answer(caseApi.GET('/cases', { params: { query: { status: 'open' } } })),
  });

/** The deadlines of the cases the user is the responsible social worker of (the service offers it to social workers only). */
export const useMyDeadlines = () =>
  useQuery({ queryKey: queryKeys.myDeadlines, queryFn: () => answer(caseApi.GET('/deadlines/mine')) });

/** The user's open tasks from every team they are on, soonest due first. */
export const useMyTasks = () =>
  useQuery({ queryKey: queryKeys.myTasks, queryFn: () => answer(caseApi.GET('/tasks', { params: { query: { owner: 'me' } } })) });
