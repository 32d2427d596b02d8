import { checkMinutesChange, MinutesRefusal, type MinutesEditor } from './minutes-change.domain.js';

const member: MinutesEditor = { userId: 'sari', isCoordinator: false };
const coordinator: MinutesEditor = { userId: 'tuula', isCoordinator: true };
const ownEntry = { kind: 'edit' as const, authorId: 'sari', recordedById: 'sari' };
const othersEntry = { kind: 'edit' as const, authorId: 'elina', recordedById: 'elina' };

describe('checkMinutesChange', () => {
  it('lets any member record while the minutes are open, and no one after finalising', () => {
    expect(checkMinutesChange('scheduled', member, { kind: 'record' })).toBeNull();
    expect(checkMinutesChange('finalised', member, { kind: 'record' })).toBe(MinutesRefusal.Finalised);
    expect(checkMinutesChange('finalised', coordinator, { kind: 'record' })).toBe(MinutesRefusal.Finalised);
  });

  it('lets the speaker, the one who wrote it down, or the coordinator edit open minutes', () => {
    expect(checkMinutesChange('scheduled', member, ownEntry)).toBeNull();
    expect(checkMinutesChange('scheduled', member, { kind: 'edit', authorId: 'elina', recordedById: 'sari' })).toBeNull();
    expect(checkMinutesChange('scheduled', coordinator, othersEntry)).toBeNull();
    expect(checkMinutesChange('scheduled', member, othersEntry)).toBe(MinutesRefusal.NotAuthor);
  });

  it('refuses every edit of finalised minutes, even the author’s own or the coordinator’s', () => {
    expect(checkMinutesChange('finalised', member, ownEntry)).toBe(MinutesRefusal.Finalised);
    expect(checkMinutesChange('finalised', coordinator, othersEntry)).toBe(MinutesRefusal.Finalised);
  });

  it('lets only the coordinator finalise, and only once', () => {
    expect(checkMinutesChange('scheduled', coordinator, { kind: 'finalise' })).toBeNull();
    expect(checkMinutesChange('scheduled', member, { kind: 'finalise' })).toBe(MinutesRefusal.NotCoordinator);
    expect(checkMinutesChange('finalised', coordinator, { kind: 'finalise' })).toBe(MinutesRefusal.Finalised);
  });

  it('takes amendments to finalised minutes only', () => {
    expect(checkMinutesChange('finalised', member, { kind: 'amend' })).toBeNull();
    expect(checkMinutesChange('scheduled', coordinator, { kind: 'amend' })).toBe(MinutesRefusal.NotFinalised);
  });
});
