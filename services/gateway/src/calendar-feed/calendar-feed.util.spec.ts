import { calendarFeedTarget } from './calendar-feed.util.js';

describe('calendarFeedTarget', () => {
  const service = 'http://127.0.0.1:3004';
  const token = 'q2Vx0-_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';

  it('passes a token-shaped .ics name on to the service’s feed', () => {
    expect(calendarFeedTarget(`${token}.ics`, service)).toBe(`${service}/calendar/${token}.ics`);
  });

  it('lets nothing else through: other names, paths, queries or encodings', () => {
    for (const name of [
      token,
      `${token}.json`,
      '../experts.ics',
      `..%2F${token}.ics`,
      `${token}.ics?x=1`,
      `${token}.ics/`,
      'short.ics',
      '.ics',
      `${'a'.repeat(129)}.ics`,
    ]) {
      expect(calendarFeedTarget(name, service)).toBeNull();
    }
  });
});
