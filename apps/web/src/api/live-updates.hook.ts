import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { parseLiveNotice, queriesToRefresh, queriesToRefreshAfterReconnect } from './live-notice.util.js';

/** The gateway's Server-Sent Events stream for the session (`GET /api/events`). */
export const liveEventsPath = '/api/events';

/**
 * While someone is signed in, listens to the gateway's notices and marks stale the queries of the
 * case each one names, so what is on screen refetches itself. EventSource reconnects by itself; what
 * was missed meanwhile is refetched once it is back.
 */
export function useLiveUpdates(signedIn: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn) return;
    const source = new EventSource(liveEventsPath, { withCredentials: true });
    let connectedBefore = false;
    source.onopen = () => {
      if (connectedBefore)
        for (const queryKey of queriesToRefreshAfterReconnect) void queryClient.invalidateQueries({ queryKey });
      connectedBefore = true;
    };
    source.onmessage = (message: MessageEvent<string>) => {
      const notice = parseLiveNotice(message.data);
      if (!notice) return;
      for (const queryKey of queriesToRefresh(notice)) void queryClient.invalidateQueries({ queryKey });
    };
    return () => source.close();
  }, [signedIn, queryClient]);
}
