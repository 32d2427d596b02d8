import type { Consent } from '../api/case-coordination.types.js';
import {
  emptyConsentForm,
  toGiveConsentCommand,
  toWithdrawConsentCommand,
  youngPersonGiver,
  type ConsentForm,
} from './consent.form.util.js';

const guardians = [
  { name: 'Leena Mäkelä', userId: null },
  { name: 'Jari Mäkelä', userId: 'jari' },
];
const filled: ConsentForm = {
  ...emptyConsentForm('23.12.2026'),
  informationClass: 'school',
  toAgency: 'child-protection',
  validUntil: '22.12.2027',
  giver: '0',
  method: 'written',
};

describe('giving and withdrawing consent', () => {
  it('records a guardian’s consent with who gave it and how, when a social worker records it', () => {
    expect(toGiveConsentCommand(filled, { guardians })).toEqual({
      command: {
        informationClass: 'school',
        toAgency: 'child-protection',
        validFrom: '2026-12-23',
        validUntil: '2027-12-22',
        givenBy: { role: 'guardian', name: 'Leena Mäkelä', userId: null },
        method: 'written',
      },
    });
    expect(toGiveConsentCommand({ ...filled, giver: youngPersonGiver, method: 'verbal' }, { guardians })).toMatchObject({
      command: { givenBy: { role: 'young-person' }, method: 'verbal' },
    });
  });

  it('sends only what and for how long when guardians or young people give their own', () => {
    expect(toGiveConsentCommand({ ...filled, giver: '', method: '' }, null)).toEqual({
      command: { informationClass: 'school', toAgency: 'child-protection', validFrom: '2026-12-23', validUntil: '2027-12-22' },
    });
  });

  it('names each field to correct', () => {
    expect(toGiveConsentCommand(emptyConsentForm(''), { guardians })).toEqual({
      errors: {
        informationClass: 'consentForm.required',
        toAgency: 'consentForm.required',
        validFrom: 'consentForm.required',
        validUntil: 'consentForm.required',
        giver: 'consentForm.required',
        method: 'consentForm.required',
      },
    });
    expect(toGiveConsentCommand({ ...filled, validUntil: '1.12.2026' }, { guardians })).toEqual({
      errors: { validUntil: 'consentForm.untilBeforeFrom' },
    });
    expect(toGiveConsentCommand({ ...filled, validFrom: '31.11.2026' }, { guardians })).toEqual({
      errors: { validFrom: 'consentForm.invalidDate' },
    });
    expect(toGiveConsentCommand({ ...filled, giver: '5' }, { guardians })).toEqual({ errors: { giver: 'consentForm.required' } });
  });

  it('withdraws in the name of whoever gave the consent when a social worker records it, and as oneself otherwise', () => {
    const byGuardian = { givenBy: { role: 'guardian', name: 'Leena Mäkelä', userId: null } } as Consent;
    expect(toWithdrawConsentCommand(byGuardian, true)).toEqual({
      withdrawnBy: { role: 'guardian', name: 'Leena Mäkelä', userId: null },
    });
    expect(toWithdrawConsentCommand({ givenBy: { role: 'young-person', name: 'Aino' } } as Consent, true)).toEqual({
      withdrawnBy: { role: 'young-person' },
    });
    expect(toWithdrawConsentCommand(byGuardian, false)).toEqual({});
  });
});
