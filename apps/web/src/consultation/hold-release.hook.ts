import { useEffect, useRef } from 'react';
import { bookingApi } from '../api/api-client.js';

/**
 * Lets go of a hold at once so the time is free for everyone again; best effort, since the hold lapses
 * by itself anyway: a failure (already lapsed, already let go, the network) is left alone. On leaving
 * the page the request is sent with `keepalive`, so it outlives the page.
 */
export function releaseHold(holdId: string, leaving = false): Promise<void> {
  return bookingApi.DELETE('/holds/{holdId}', { params: { path: { holdId } }, keepalive: leaving }).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * While the reader holds a time (`holdId`, null once none is held or it became a booking), letting go of
 * it when they leave the booking: to another page of the app (the page unmounts, the browser's back
 * button included) or out of the app altogether (the tab closed or reloaded, another site: `pagehide`).
 */
export function useReleaseOnLeave(holdId: string | null): void {
  const current = useRef(holdId);
  current.current = holdId;
  useEffect(() => {
    const leave = () => {
      const held = current.current;
      current.current = null;
      if (held) void releaseHold(held, true);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);
}
