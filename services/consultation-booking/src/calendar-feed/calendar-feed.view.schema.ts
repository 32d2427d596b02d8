import { z } from 'zod';

export const calendarFeedViewSchema = z.object({
  path: z.string().describe("The feed's secret address below the service (`/calendar/<token>.ics`); shown only once, when made."),
  rotatedAt: z.iso.datetime({ offset: true }),
});

export type CalendarFeedView = z.output<typeof calendarFeedViewSchema>;
