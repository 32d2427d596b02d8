/**
 * The one address the gateway passes on without a session: a calendar program subscribing to an
 * expert's consultations, `GET /api/consultation-booking/calendar/<token>.ics`. The secret token in
 * the address is the credential, and consultation-booking checks it; the gateway only lets the shape
 * through, so nothing else of the service is reachable this way.
 */
export const calendarFeedPrefix = 'api/consultation-booking/calendar';

/** A feed's file name: a base64url token and `.ics`, nothing that could reach another path. */
const feedFileName = /^[A-Za-z0-9_-]{16,128}\.ics$/;

/** consultation-booking's address of the feed named `fileName`, or null when the name is not a feed's. */
export function calendarFeedTarget(fileName: string, serviceUrl: string): string | null {
  return feedFileName.test(fileName) ? `${serviceUrl}/calendar/${fileName}` : null;
}

/** What of the service's answer reaches the calendar program. */
export const calendarFeedResponseHeaders = ['content-type', 'cache-control', 'etag', 'last-modified'] as const;
