import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isSignedOut } from '../api/api-problem.js';
import { useLiveUpdates } from '../api/live-updates.hook.js';
import { queryKeys } from '../api/query-keys.js';
import { followAccountLanguage } from '../i18n/i18n.js';
import { CurrentUserContext } from '../session/current-user.context.js';
import { fetchMe } from '../session/session.api.js';
import { SignInPage } from '../session/sign-in.page.js';
import { LoadingState } from '../shared/loading-state.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { AppLayout } from './app-layout.js';
import { AppRoutes } from './app-routes.js';

/** Asks the gateway who is signed in: nobody → the sign-in page at the same address; someone → the app, with live updates. */
export function SessionGate() {
  const me = useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
  useLiveUpdates(me.isSuccess);
  useEffect(() => followAccountLanguage(me.data?.language), [me.data?.language]);
  if (me.isPending) {
    return (
      <AppLayout me={null}>
        <LoadingState />
      </AppLayout>
    );
  }
  if (me.isError) {
    return (
      <AppLayout me={null}>
        {isSignedOut(me.error) ? (
          <SignInPage reason={me.error} />
        ) : (
          <ProblemNotice error={me.error} onRetry={() => void me.refetch()} />
        )}
      </AppLayout>
    );
  }
  return (
    <CurrentUserContext.Provider value={me.data}>
      <AppLayout me={me.data}>
        <AppRoutes />
      </AppLayout>
    </CurrentUserContext.Provider>
  );
}
