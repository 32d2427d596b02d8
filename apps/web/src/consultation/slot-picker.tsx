import { Button, Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { groupSlotsByDay, helsinkiDay, weekdayOf, type Slot } from './slots.util.js';

/** How a time is named to a screen reader and a test: the day, the time and who attends, in Helsinki time. */
export function useSlotName() {
  const { t } = useTranslation();
  return (slot: Slot) => {
    const day = helsinkiDay(slot.startsAt);
    return t('consultationBooking.timeButtonLabel', {
      weekday: t(`consultationBooking.weekday.${weekdayOf(day)}`),
      date: formatDate(day),
      time: formatTime(slot.startsAt),
      experts: slot.experts.map((expert) => expert.displayName).join(', '),
    });
  };
}

/**
 * Free times grouped by their day in Helsinki, each a button; a day's heading names the weekday and
 * the date (d.M.yyyy) in the reader's language. Choosing one hands the slot on.
 */
export function SlotPicker({
  slots,
  onChoose,
  disabled,
  headingLevel = 'h3',
}: {
  slots: readonly Slot[];
  onChoose: (slot: Slot) => void;
  disabled?: boolean;
  headingLevel?: 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const slotName = useSlotName();
  return (
    <>
      {groupSlotsByDay(slots).map((day) => (
        <div className="slot-day" key={day.day}>
          <Heading variant={headingLevel} mb="xs">
            {t('consultationBooking.dayHeading', {
              weekday: t(`consultationBooking.weekday.${day.weekday}`),
              date: formatDate(day.day),
            })}
          </Heading>
          <ul className="slot-times">
            {day.slots.map((slot) => (
              <li key={`${slot.startsAt}|${slot.experts.map((expert) => expert.expertId).join(',')}`}>
                <Button variant="secondary" aria-label={slotName(slot)} disabled={disabled} onClick={() => onChoose(slot)}>
                  {t('consultationBooking.timeButton', { time: formatTime(slot.startsAt) })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
