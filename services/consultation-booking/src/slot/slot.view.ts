import type { ExpertKind } from '@yhdessa/contracts';

/** A time every participant the type needs is free, in Finland's offset of the day. */
export interface SlotView {
  startsAt: string;
  endsAt: string;
  experts: Array<{ expertId: string; displayName: string; kind: ExpertKind }>;
}
