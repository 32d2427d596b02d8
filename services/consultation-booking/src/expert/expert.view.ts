import type { ExpertKind } from '@yhdessa/contracts';

export interface ExpertView {
  expertId: string;
  userId: string;
  displayName: string;
  agency: string;
  kind: ExpertKind;
}

export interface AvailabilityView {
  expert: ExpertView;
  windows: Array<{ weekday: number; starts: string; ends: string }>;
  exceptions: Array<{ exceptionId: string; onDate: string; starts: string; ends: string; kind: 'leave' | 'extra' }>;
}
