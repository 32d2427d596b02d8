import type { TFunction } from 'i18next';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { helsinkiDay, weekdayOf } from './slots.util.js';

/** A consultation's time as the screens say it: `ke 23.12.2026 klo 10.15–11.15`, in Helsinki time. */
export function consultationWhen(t: TFunction, booking: { startsAt: string; endsAt: string }): string {
  const day = helsinkiDay(booking.startsAt);
  return t('consultationBooking.chosenTime', {
    weekday: t(`consultationBooking.weekday.${weekdayOf(day)}`),
    date: formatDate(day),
    start: formatTime(booking.startsAt),
    end: formatTime(booking.endsAt),
  });
}
