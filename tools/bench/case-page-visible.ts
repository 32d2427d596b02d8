import type { Request } from 'playwright-core';

/** What a case's page must show its responsible worker before it counts as shown. */
export interface CaseExpectation {
  caseId: string;
  /** The child's name, the page's heading. */
  child: string;
  /** The display names of the care team's members. */
  members: string[];
  deadlines: number;
  timelineEntries: number;
}

/** The Finnish titles of the case page's sections (apps/web's casePage words). */
export const caseSectionTitles = {
  careTeam: 'Lapsen asian työryhmä',
  deadlines: 'Määräajat',
  timeline: 'Tapahtumat',
  consents: 'Suostumukset',
};

/**
 * Run in the page on every animation frame: `performance.now()` (ms since the navigation started)
 * once the child's name is the heading, every member of the care team, every deadline and every
 * timeline entry is on the page and no section is still loading; otherwise null. Self-contained:
 * Playwright sends its text to the browser.
 */
export function caseOnPage(expected: CaseExpectation & { titles: typeof caseSectionTitles }): number | null {
  const page = (globalThis as unknown as { document: PageNode }).document;
  const heading = page.querySelector('h1');
  if (heading?.textContent?.trim() !== expected.child) return null;
  const sections = Array.from(page.querySelectorAll('section'));
  const section = (title: string) => sections.find((candidate) => candidate.querySelector('h2')?.textContent?.trim() === title);
  for (const title of Object.values(expected.titles)) {
    const found = section(title);
    if (!found || found.querySelector('[role="status"]')) return null;
  }
  const team = section(expected.titles.careTeam)!.textContent ?? '';
  if (!expected.members.every((member) => team.includes(member))) return null;
  if (section(expected.titles.deadlines)!.querySelectorAll('li').length < expected.deadlines) return null;
  if (section(expected.titles.timeline)!.querySelectorAll('li').length < expected.timelineEntries) return null;
  return performance.now();
}

/** The little of the DOM `caseOnPage` uses (the tools are compiled without the DOM's types). */
interface PageNode {
  textContent: string | null;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): ArrayLike<PageNode>;
}

/** One API call of a navigation: its route (ids replaced by `:id`) and when it started and ended, in ms from the navigation's start. */
export interface ApiCall {
  route: string;
  startMs: number;
  endMs: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The calls to `/api/` and the app's own files among a navigation's finished requests, timed from its time origin. */
export function apiCallsOf(requests: readonly Request[], timeOrigin: number): ApiCall[] {
  return requests.flatMap((request) => {
    const url = new URL(request.url());
    const timing = request.timing();
    if (timing.startTime <= 0 || timing.responseEnd < 0) return [];
    const route = url.pathname.startsWith('/api/')
      ? `${request.method()} ${url.pathname.replace(UUID, ':id')}`
      : url.pathname.startsWith('/assets/')
        ? `${request.method()} /assets/${url.pathname.endsWith('.css') ? '*.css' : '*.js'}`
        : `${request.method()} ${url.pathname.replace(UUID, ':id')}`;
    const startMs = timing.startTime - timeOrigin;
    return [{ route, startMs: round(startMs), endMs: round(startMs + timing.responseEnd) }];
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;
