/** What of the browser's request goes on to a service: content negotiation and conditions, never cookies. */
export const forwardedRequestHeaders = [
  'accept',
  'accept-language',
  'content-type',
  'if-match',
  'if-none-match',
  'if-modified-since',
] as const;

/** What of a service's answer comes back to the browser. */
export const returnedResponseHeaders = [
  'content-type',
  'content-language',
  'cache-control',
  'etag',
  'last-modified',
  'location',
  'retry-after',
] as const;

/**
 * The service's address for a browser request to `/api/<service>/<path>?<query>` (the raw path and
 * query as sent, so encoded characters stay encoded). Null when the path does not start so.
 */
export function serviceTarget(originalUrl: string, service: string, serviceUrl: string): string | null {
  const prefix = `/api/${service}/`;
  if (!originalUrl.startsWith(prefix)) return null;
  return `${serviceUrl}/${originalUrl.slice(prefix.length)}`;
}

/** The body to send on: JSON as parsed, re-serialised; nothing for a method without one or a request without one. */
export function forwardedBody(method: string, contentType: string | undefined, body: unknown): string | undefined {
  if (method === 'GET' || method === 'HEAD' || body === undefined) return undefined;
  if (contentType && /^application\/([\w.+-]+\+)?json\b/i.test(contentType)) return JSON.stringify(body);
  return undefined;
}
