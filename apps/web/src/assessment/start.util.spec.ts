import { ApiProblem } from '../api/api-problem.js';
import {
  candidatesOf,
  defaultDueDate,
  dueField,
  helsinkiToday,
  inviteeField,
  startErrorsFromProblem,
  toStartCommand,
  type StartForm,
} from './start.util.js';

const members = [
  { userId: 'aino', displayName: 'Aino Aalto', agency: 'family', participantKind: 'child', roleInCase: 'lapsi', active: true },
  { userId: 'sari', displayName: 'Sari Virtanen', agency: 'child-protection', participantKind: 'professional', active: true },
  {
    userId: 'liisa',
    displayName: 'Liisa Aalto',
    agency: 'family',
    participantKind: 'guardian',
    roleInCase: 'äiti',
    active: true,
  },
  { userId: 'anna', displayName: 'Anna Laine', agency: 'school', participantKind: 'professional', roleInCase: 'opettaja' },
  { userId: 'gone', displayName: 'Ex Member', agency: 'school', participantKind: 'professional', active: false },
  { userId: 'anna', displayName: 'Anna Laine', agency: 'school', participantKind: 'professional' },
  { displayName: 'Nobody' },
];

describe('candidatesOf', () => {
  it('offers the active members but the lead, once each, professionals first and the child last', () => {
    expect(candidatesOf(members, 'sari').map((candidate) => candidate.userId)).toEqual(['anna', 'liisa', 'aino']);
  });
});

describe('dates', () => {
  it('takes today on Helsinki’s clock, not UTC’s', () => {
    expect(helsinkiToday(new Date('2026-12-22T22:30:00Z'))).toBe('2026-12-23');
  });

  it('offers a due date two weeks on, across the year', () => {
    expect(defaultDueDate('2026-12-23')).toBe('6.1.2027');
  });
});

describe('toStartCommand', () => {
  const candidates = candidatesOf(members, 'sari');
  const form = (chosen: StartForm['chosen']): StartForm => ({
    frameKey: 'wellbeing-star',
    kind: 'service-needs',
    blindUntilSubmitted: true,
    chosen,
  });

  it('sends the chosen in the candidates’ order with ISO due dates', () => {
    expect(toStartCommand(form({ aino: { dueOn: '8.1.2027' }, anna: { dueOn: '7.1.2027' } }), candidates, '2026-12-23')).toEqual({
      command: {
        frameKey: 'wellbeing-star',
        kind: 'service-needs',
        blindUntilSubmitted: true,
        invitations: [
          { userId: 'anna', dueOn: '2027-01-07' },
          { userId: 'aino', dueOn: '2027-01-08' },
        ],
      },
    });
  });

  it('keeps blind-until-submitted off when turned off', () => {
    const result = toStartCommand(
      { ...form({ anna: { dueOn: '7.1.2027' } }), blindUntilSubmitted: false },
      candidates,
      '2026-12-23',
    );
    expect('command' in result && result.command.blindUntilSubmitted).toBe(false);
  });

  it('asks for someone to invite', () => {
    expect(toStartCommand(form({}), candidates, '2026-12-23')).toEqual({ errors: { invitees: 'assessmentStart.chooseSomeone' } });
  });

  it('ties a date that is not one, or in the past, to that person’s due date', () => {
    expect(
      toStartCommand(form({ anna: { dueOn: '31.2.2027' }, liisa: { dueOn: '22.12.2026' } }), candidates, '2026-12-23'),
    ).toEqual({
      errors: { [dueField('anna')]: 'assessmentStart.dueInvalid', [dueField('liisa')]: 'problem.invitation_due_date_past' },
    });
  });
});

describe('startErrorsFromProblem', () => {
  const command = {
    frameKey: 'wellbeing-star',
    kind: 'service-needs' as const,
    blindUntilSubmitted: true,
    invitations: [
      { userId: 'anna', dueOn: '2027-01-07' },
      { userId: 'aino', dueOn: '2027-01-08' },
    ],
  };

  it('ties the service’s refusal to the person its path names', () => {
    expect(startErrorsFromProblem(new ApiProblem(400, 'invitee_not_on_care_team', ['invitations.1.userId']), command)).toEqual({
      [inviteeField('aino')]: 'problem.invitee_not_on_care_team',
    });
    expect(startErrorsFromProblem(new ApiProblem(400, 'invitation_due_date_past', ['invitations.0.dueOn']), command)).toEqual({
      [dueField('anna')]: 'problem.invitation_due_date_past',
    });
  });

  it('ties an unknown frame to the frame’s choice', () => {
    expect(startErrorsFromProblem(new ApiProblem(400, 'assessment_frame_not_found', ['frameKey']), command)).toEqual({
      frameKey: 'problem.assessment_frame_not_found',
    });
  });

  it('ties a validation failure to its fields', () => {
    expect(startErrorsFromProblem(new ApiProblem(400, 'validation_failed', ['kind', 'invitations']), command)).toEqual({
      kind: 'assessmentStart.notAccepted',
      invitees: 'assessmentStart.notAccepted',
    });
  });

  it('leaves a refusal without fields to be shown above the form', () => {
    expect(startErrorsFromProblem(new ApiProblem(403, 'assessment_lead_not_entitled'), command)).toBeNull();
    expect(startErrorsFromProblem(new Error('x'), command)).toBeNull();
  });
});
