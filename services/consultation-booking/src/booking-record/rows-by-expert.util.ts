/** Rows grouped by their expert, each group in the rows' order: one pass instead of one filter per expert. */
export function byExpert<Row extends { expert_id: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.expert_id);
    if (group) group.push(row);
    else groups.set(row.expert_id, [row]);
  }
  return groups;
}
