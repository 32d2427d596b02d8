import type { components } from './case-coordination.openapi.js';

/** The shapes case-coordination answers with, as each reader gets them (fields they may not see are absent). */
type Schemas = components['schemas'];
export type CaseForReader = Schemas['CaseForReader'];
export type CaseSummary = Schemas['CaseSummaryForReader'];
export type CareTeamMember = Schemas['CareTeamMemberForReader'];
export type Consent = Schemas['ConsentForReader'];
export type Deadline = Schemas['DeadlineForReader'];
export type TimelineEntry = Schemas['TimelineEntry'];
export type OwnTask = Schemas['OwnTaskForReader'];
export type AccessReportEntry = Schemas['AccessReportEntry'];
export type Team = Schemas['Team'];
export type TeamMember = Schemas['TeamMember'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type Minutes = Schemas['Minutes'];
export type AgendaCase = Schemas['AgendaCaseForReader'];
export type MinutesNote = Schemas['Note'];
export type MinutesDecision = Schemas['Decision'];
export type MinutesAmendment = Schemas['AmendmentForReader'];
export type CaseloadOverview = Schemas['CaseloadOverview'];
