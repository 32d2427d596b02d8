/** The service manager's overview of caseloads: offered to that role only, as the service answers it to no other. */
export function seesCaseloadOverview(reader: { roles: readonly string[] }): boolean {
  return reader.roles.includes('service-manager');
}

/** "12 / 30": a worker's child clients against the limit. */
export function caseloadAgainstLimit(openCases: number, limit: number): string {
  return `${openCases} / ${limit}`;
}
