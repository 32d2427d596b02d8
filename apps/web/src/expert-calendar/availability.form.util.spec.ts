import {
  exceptionErrorsFromProblem,
  rowsFromWindows,
  toExceptionCommand,
  toWindows,
  windowErrorsFromProblem,
  type WindowRow,
} from './availability.form.util.js';

const row = (key: string, weekday: string, starts: string, ends: string): WindowRow => ({ key, weekday, starts, ends });

describe('the weekly windows form', () => {
  it('turns Finnish times into the API’s, and back', () => {
    expect(toWindows([row('a', '1', '9.00', '15.30'), row('b', '3', '08:15', '12.00')])).toEqual({
      windows: [
        { weekday: 1, starts: '09:00', ends: '15:30' },
        { weekday: 3, starts: '08:15', ends: '12:00' },
      ],
    });
    expect(rowsFromWindows([{ weekday: 2, starts: '09:00', ends: '12:30' }])).toEqual([row('w0', '2', '9.00', '12.30')]);
  });

  it('ties each mistake to its row and field', () => {
    expect(toWindows([row('a', '', '9', '25.00'), row('b', '2', '12.00', '11.00')])).toEqual({
      errors: {
        a: { weekday: 'availability.error.required', starts: 'availability.error.time', ends: 'availability.error.time' },
        b: { ends: 'availability.error.endsBeforeStart' },
      },
    });
  });

  it('refuses two windows of one day that overlap, and lets them touch', () => {
    expect(toWindows([row('a', '1', '9.00', '12.00'), row('b', '1', '11.00', '14.00')])).toEqual({
      errors: { a: { starts: 'availability.error.overlaps' }, b: { starts: 'availability.error.overlaps' } },
    });
    expect(toWindows([row('a', '1', '9.00', '12.00'), row('b', '1', '12.00', '14.00')])).toHaveProperty('windows');
  });

  it('ties the API’s refused fields to the rows they name', () => {
    const rows = [row('a', '1', '9.00', '12.00'), row('b', '1', '13.00', '14.00')];
    expect(windowErrorsFromProblem(rows, ['windows.1.ends', 'windows.7.starts', 'other'])).toEqual({
      b: { ends: 'availability.error.invalid' },
    });
  });
});

describe('the exception form', () => {
  it('makes the API’s command from a Finnish date and times', () => {
    expect(toExceptionCommand({ onDate: '23.12.2026', starts: '9.00', ends: '12.00', kind: 'leave' })).toEqual({
      command: { onDate: '2026-12-23', starts: '09:00', ends: '12:00', kind: 'leave' },
    });
  });

  it('names every field to correct', () => {
    expect(toExceptionCommand({ onDate: '31.2.2026', starts: '', ends: 'x', kind: '' })).toEqual({
      errors: {
        onDate: 'availability.error.date',
        starts: 'availability.error.required',
        ends: 'availability.error.time',
        kind: 'availability.error.required',
      },
    });
    expect(exceptionErrorsFromProblem(['ends', 'windows.0.ends'])).toEqual({ ends: 'availability.error.invalid' });
  });
});
