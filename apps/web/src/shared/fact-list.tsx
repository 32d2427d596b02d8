import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  /** Left out when undefined: a field the service did not return to this reader is not shown at all. */
  value: ReactNode | undefined;
}

/** Label–value pairs of a record, only those the service returned. */
export function FactList({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((fact) => fact.value !== undefined && fact.value !== null && fact.value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="fact-list">
      {shown.map((fact) => (
        <div key={fact.label} className="fact-list__item">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
