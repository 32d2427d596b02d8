import { Button, DateInput, Heading } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../i18n/i18n.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { helsinkiWallClock } from '../time/finnish-format.util.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';
import { useScheduleMeeting } from './meeting.queries.js';
import { nextMeetingDay, toFinnishDate } from './meeting.util.js';

const todayInHelsinki = (): string => {
  const { year, month, day } = helsinkiWallClock(new Date());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The coordinator picks the meeting's day (the next Tuesday offered); the service builds the agenda and the meeting opens. */
export function ScheduleMeetingForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schedule = useScheduleMeeting(teamId);
  const [day, setDay] = useState(() => toFinnishDate(nextMeetingDay(todayInHelsinki())));
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const heldOn = parseFinnishDate(day);
    if (!heldOn) {
      setError(day.trim() === '' ? 'meeting.required' : 'meeting.invalidDate');
      return;
    }
    setError(null);
    schedule.mutate(heldOn, { onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}`) });
  }

  return (
    <form onSubmit={submit} noValidate className="schedule-meeting" aria-labelledby="schedule-meeting-heading">
      <Heading variant="h3" id="schedule-meeting-heading" mb="xs">
        {t('teams.scheduleTitle')}
      </Heading>
      {schedule.isError && <ProblemNotice error={schedule.error} />}
      <DateInput
        id="meeting-day"
        labelText={t('teams.meetingDay')}
        hintText={t('teams.dateHint')}
        value={day}
        onChange={({ value }) => setDay(value)}
        language={currentLanguage()}
        {...(error ? { status: 'error' as const, statusText: t(error) } : {})}
        mb="m"
      />
      {schedule.isPending ? (
        <Button loading ariaLoadingText={t('teams.scheduling')}>
          {t('teams.schedule')}
        </Button>
      ) : (
        <Button type="submit">{t('teams.schedule')}</Button>
      )}
    </form>
  );
}
