import { dueReminder, reminderRecipients } from './reminder.domain.js';

const startsAt = new Date('2027-03-26T07:00:00Z');
const before = (minutes: number) => new Date(startsAt.getTime() - minutes * 60_000);

describe('dueReminder', () => {
  it('has nothing due more than a day ahead', () => {
    expect(dueReminder(startsAt, before(24 * 60 + 1))).toBeNull();
  });

  it('is the day-before reminder from 24 hours ahead until the hour before', () => {
    expect(dueReminder(startsAt, before(24 * 60))).toEqual({ lead: 'day-before', dueAt: before(24 * 60) });
    expect(dueReminder(startsAt, before(61))).toEqual({ lead: 'day-before', dueAt: before(24 * 60) });
  });

  it('is the hour-before reminder in the last hour, also for one booked that late', () => {
    expect(dueReminder(startsAt, before(60))).toEqual({ lead: 'hour-before', dueAt: before(60) });
    expect(dueReminder(startsAt, before(1))).toEqual({ lead: 'hour-before', dueAt: before(60) });
  });

  it('has nothing due once the consultation has started', () => {
    expect(dueReminder(startsAt, startsAt)).toBeNull();
    expect(dueReminder(startsAt, new Date(startsAt.getTime() + 60_000))).toBeNull();
  });
});

describe('reminderRecipients', () => {
  it('is the booker and each expert once', () => {
    expect(reminderRecipients('anna', ['maria', 'jukka', 'maria'])).toEqual([
      { userId: 'anna', role: 'booker' },
      { userId: 'maria', role: 'expert' },
      { userId: 'jukka', role: 'expert' },
    ]);
  });

  it('reminds a booker who also attends once, as an expert', () => {
    expect(reminderRecipients('maria', ['maria'])).toEqual([{ userId: 'maria', role: 'expert' }]);
  });
});
