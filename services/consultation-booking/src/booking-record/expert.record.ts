import type { ExpertKind } from '@yhdessa/contracts';

/** An expert as the booking service keeps them: who they are on the identity provider, their agency and kind (their pool). */
export interface ExpertRecord {
  expertId: string;
  userId: string;
  displayName: string;
  agency: 'child-protection' | 'psychiatry' | 'school';
  kind: ExpertKind;
}

export interface ExpertRow {
  expert_id: string;
  user_id: string;
  display_name: string;
  agency: ExpertRecord['agency'];
  kind: ExpertKind;
}

export const toExpertRecord = (row: ExpertRow): ExpertRecord => ({
  expertId: row.expert_id,
  userId: row.user_id,
  displayName: row.display_name,
  agency: row.agency,
  kind: row.kind,
});
