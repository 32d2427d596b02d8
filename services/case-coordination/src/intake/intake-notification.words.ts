import type { OpenCaseCommand } from '../case/case.commands.js';

type Language = OpenCaseCommand['language'];

interface NotificationWords {
  school: string;
  ageBandLabel: string;
  ageBand: Record<string, string>;
  concernLabel: string;
  concern: Record<string, string>;
}

/**
 * The words of what a consultation told about the child, as intake writes them into the notification
 * in the case's own language: Finnish or Swedish (Finland-Swedish), English only for a case in another
 * language. The same words the booking form shows, so the worker reads what the notifier chose.
 */
export const intakeNotificationWords: Record<Language, NotificationWords> = {
  fi: {
    school: 'Koulu',
    ageBandLabel: 'Lapsen ikäryhmä',
    ageBand: { '0-6': '0–6 vuotta', '7-12': '7–12 vuotta', '13-17': '13–17 vuotta' },
    concernLabel: 'Huolen aihe',
    concern: {
      absence: 'poissaolot',
      wellbeing: 'hyvinvointi',
      behaviour: 'käyttäytyminen',
      learning: 'oppiminen',
      'family-situation': 'perheen tilanne',
      safety: 'turvallisuus',
      other: 'muu',
    },
  },
  sv: {
    school: 'Skola',
    ageBandLabel: 'Barnets åldersgrupp',
    ageBand: { '0-6': '0–6 år', '7-12': '7–12 år', '13-17': '13–17 år' },
    concernLabel: 'Vad oron gäller',
    concern: {
      absence: 'frånvaro',
      wellbeing: 'välmående',
      behaviour: 'beteende',
      learning: 'lärande',
      'family-situation': 'familjens situation',
      safety: 'trygghet',
      other: 'annat',
    },
  },
  other: {
    school: 'School',
    ageBandLabel: "Child's age group",
    ageBand: { '0-6': '0–6 years', '7-12': '7–12 years', '13-17': '13–17 years' },
    concernLabel: 'What the concern is about',
    concern: {
      absence: 'absence',
      wellbeing: 'wellbeing',
      behaviour: 'behaviour',
      learning: 'learning',
      'family-situation': 'family situation',
      safety: 'safety',
      other: 'other',
    },
  },
};

/** The lines intake adds under the notifier's own words; a value the words do not know is kept as it came. */
export function notificationContext(
  language: Language,
  told: { school: string | null; ageBand: string | null; concernCategory: string | null },
): string[] {
  const words = intakeNotificationWords[language];
  return [
    told.school && `${words.school}: ${told.school}`,
    told.ageBand && `${words.ageBandLabel}: ${words.ageBand[told.ageBand] ?? told.ageBand}`,
    told.concernCategory && `${words.concernLabel}: ${words.concern[told.concernCategory] ?? told.concernCategory}`,
  ].filter((line): line is string => Boolean(line));
}
