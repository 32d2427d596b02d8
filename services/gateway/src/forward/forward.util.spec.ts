import { forwardedBody, serviceTarget } from './forward.util.js';

describe('serviceTarget', () => {
  it('keeps the path and query as sent, after the service name', () => {
    expect(
      serviceTarget('/api/case-coordination/cases/a%2Fb?status=open&q=M%C3%A4', 'case-coordination', 'http://127.0.0.1:3001'),
    ).toBe('http://127.0.0.1:3001/cases/a%2Fb?status=open&q=M%C3%A4');
  });

  it('refuses a path that is not under the service', () => {
    expect(serviceTarget('/api/case-coordinationx/cases', 'case-coordination', 'http://127.0.0.1:3001')).toBeNull();
  });
});

describe('forwardedBody', () => {
  it('sends JSON on as JSON', () => {
    expect(forwardedBody('POST', 'application/json; charset=utf-8', { reason: 'x' })).toBe('{"reason":"x"}');
    expect(forwardedBody('PATCH', 'application/merge-patch+json', { done: true })).toBe('{"done":true}');
  });

  it('sends nothing for a read or a request without a body', () => {
    expect(forwardedBody('GET', 'application/json', { a: 1 })).toBeUndefined();
    expect(forwardedBody('POST', undefined, undefined)).toBeUndefined();
  });
});
