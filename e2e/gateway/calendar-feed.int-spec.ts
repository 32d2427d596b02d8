import { FixedClock } from '@yhdessa/platform';
import { fetchToken, openTestDatabase, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { bookingWorld } from '../../services/consultation-booking/test/booking-world.fixture.js';
import { startConsultationBooking } from '../../services/consultation-booking/test/consultation-booking.fixture.js';
import { Browser, signIn } from '../../services/gateway/test/browser.fixture.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

const clock = new FixedClock(new Date('2027-03-22T08:00:00+02:00'));
const database = 'yhdessa_test_gateway_calendar_feed';

describe('calendar programs fetch an expert’s feed through the gateway, and nothing else without a session', () => {
  let booking: ServiceFixture<ConsultationBookingConfig>;
  let gateway: GatewayUnderTest;
  let owner: DataSource;
  let nurse = '';
  let feedPath = '';
  const browser = new Browser();

  beforeAll(async () => {
    booking = await startConsultationBooking(database, { clock });
    gateway = await startGateway({ database: `${database}_gw`, services: { 'consultation-booking': booking.url } });
    owner = await openTestDatabase({ database, entities: [] });
    const world = bookingWorld(booking, await fetchToken('markku.salo'));
    await world.reset(owner);
    nurse = await world.expert({ token: await fetchToken('pekka.nurmi') }, 'liaison-nurse', [
      { weekday: 5, starts: '09:00', ends: '15:00' },
    ]);
    const booked = await booking.call('POST', '/bookings', await fetchToken('anna.laine'), {
      consultationType: 'psychiatry-liaison',
      startsAt: '2027-03-26T09:00:00+02:00',
      expertIds: [nurse],
      anonymous: { ageBand: '7-12', school: 'Kallion ala-aste', concernCategory: 'absence', description: 'Poissa koulusta.' },
    });
    if (booked.status !== 201) throw new Error(`not booked: ${JSON.stringify(booked.body)}`);
    // The expert makes her feed's address through the gateway, signed in as in the web app.
    await signIn(browser, gateway.url, 'pekka.nurmi');
    const made = await browser.request(`${gateway.url}/api/consultation-booking/experts/${nurse}/calendar-feed`, {
      method: 'POST',
      headers: { 'x-csrf-token': browser.cookie(new URL(gateway.url).host, 'yhdessa_csrf')! },
    });
    if (made.status !== 201) throw new Error(`no feed made: ${made.status} ${await made.text()}`);
    feedPath = ((await made.json()) as { path: string }).path;
  }, 180_000);

  afterAll(async () => {
    await owner?.destroy();
    await gateway?.close();
    await booking?.close();
  });

  /** As a calendar program asks: no cookie, no token. */
  const anonymousGet = (path: string, init: RequestInit = {}) => fetch(`${gateway.url}${path}`, { redirect: 'manual', ...init });

  it('answers the feed as text/calendar without a session', async () => {
    const answer = await anonymousGet(`/api/consultation-booking${feedPath}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('set-cookie')).toBeNull();
    const text = await answer.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('SUMMARY:Konsultaatio: psykiatrian konsultaatio');
    expect(text).toContain('DTSTART:20270326T070000Z');
    expect(text).not.toContain('Kallion');
  });

  it('passes the service’s refusal of an unknown or rotated address through, and refuses other names itself', async () => {
    const unknown = await anonymousGet(`/api/consultation-booking/calendar/${'A'.repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      code: 'calendar_feed_not_found',
      instance: expect.stringMatching(/^\/calendar\//),
    });
    const notAFeed = await anonymousGet('/api/consultation-booking/calendar/experts.ics');
    expect(notAFeed.status).toBe(404);
    expect(await notAFeed.json()).toMatchObject({ code: 'calendar_feed_not_found' });
  });

  it('still needs a session for every other booking route, and for anything but GET of the feed', async () => {
    const token = feedPath.slice('/calendar/'.length);
    for (const [method, path] of [
      ['GET', '/api/consultation-booking/experts/me'],
      ['GET', `/api/consultation-booking/experts/${nurse}/calendar?from=2027-03-22&to=2027-03-28`],
      ['GET', '/api/consultation-booking/bookings/mine'],
      ['GET', `/api/consultation-booking/calendar/sub/${token}`],
      ['GET', `/api/consultation-booking/calendar${encodeURIComponent('/')}${token}`],
      ['POST', `/api/consultation-booking/experts/${nurse}/calendar-feed`],
      ['POST', `/api/consultation-booking${feedPath}`],
      ['DELETE', `/api/consultation-booking${feedPath}`],
    ] as const) {
      const answer = await anonymousGet(path, { method });
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 401 });
      expect(await answer.json()).toMatchObject({ code: 'session_required' });
    }
  });

  it('rotating the address ends the old one at the gateway too', async () => {
    const made = await browser.request(`${gateway.url}/api/consultation-booking/experts/${nurse}/calendar-feed`, {
      method: 'POST',
      headers: { 'x-csrf-token': browser.cookie(new URL(gateway.url).host, 'yhdessa_csrf')! },
    });
    expect(made.status).toBe(201);
    const fresh = ((await made.json()) as { path: string }).path;
    expect((await anonymousGet(`/api/consultation-booking${feedPath}`)).status).toBe(404);
    expect((await anonymousGet(`/api/consultation-booking${fresh}`)).status).toBe(200);
    feedPath = fresh;
  });
});
