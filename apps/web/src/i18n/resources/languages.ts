import { en } from './en.js';
import type { FeatureWords } from './feature-words.types.js';
import { fi } from './fi.js';
import { meetingWords } from '../../meeting/meeting.words.js';
import { caseloadsWords } from '../../caseloads/caseloads.words.js';
import { familyWords } from '../../family/family.words.js';
import { addMemberWords } from '../../case/add-member.words.js';
import { timelineWords } from '../../case/timeline.words.js';
import { peopleWords } from '../../people/people.words.js';
import { handoverWords } from '../../handover/handover.words.js';
import { assessmentWords } from '../../assessment/assessment.words.js';
import { startWords } from '../../assessment/start.words.js';
import { assessmentPageWords } from '../../assessment/assessment-page.words.js';
import { invitationsWords } from '../../assessment/invitations.words.js';
import { contributeWords } from '../../assessment/contribute.words.js';
import { planWords } from '../../plan/plan.words.js';
import { planEditorWords } from '../../plan/plan-editor.words.js';
import { myActionsWords } from '../../my-actions/my-actions.words.js';
import { consultationWords } from '../../consultation/consultation.words.js';
import { expertCalendarWords } from '../../expert-calendar/expert-calendar.words.js';
import { caseBookingWords } from '../../case-booking/case-booking.words.js';
import { consultationBookingWords } from '../../consultation/consultation-booking.words.js';
import { intakeWords } from '../../intake/intake.words.js';
import { childViewWords } from '../../child-view/child-view.words.js';
import { synthesisWords } from '../../synthesis/synthesis.words.js';
import { assessmentFamilyWords } from '../../assessment-family/assessment-family.words.js';
import { signOffRemindersWords } from '../../sign-off-reminders/sign-off-reminders.words.js';
import { mergeWords } from './merge-words.util.js';
import type { Resources } from './resources.types.js';
import { sv } from './sv.js';

/**
 * Every screen's words. The first files hold the words several screens share and those of the first
 * screens; a newer screen keeps its words beside it in a `<feature>.words.ts` of its own, listed here.
 */
const featureWords: readonly FeatureWords[] = [
  meetingWords,
  caseloadsWords,
  familyWords,
  peopleWords,
  addMemberWords,
  timelineWords,
  handoverWords,
  assessmentWords,
  startWords,
  assessmentPageWords,
  invitationsWords,
  contributeWords,
  planWords,
  planEditorWords,
  myActionsWords,
  consultationWords,
  expertCalendarWords,
  caseBookingWords,
  consultationBookingWords,
  intakeWords,
  childViewWords,
  synthesisWords,
  assessmentFamilyWords,
  signOffRemindersWords,
];

export const languages: { fi: Resources; sv: Resources; en: Resources } = {
  fi: mergeWords([fi, ...featureWords.map((words) => words.fi)]),
  sv: mergeWords([sv, ...featureWords.map((words) => words.sv)]),
  en: mergeWords([en, ...featureWords.map((words) => words.en)]),
};
