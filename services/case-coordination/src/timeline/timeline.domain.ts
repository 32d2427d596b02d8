/**
 * Events that tell live views to read again, not something that happened to the child: they stay off
 * the timeline whatever their version. A service's technical event of this kind is added by its type
 * (an event the catalog marks `readAgain` stays off too, listed here or not).
 */
export const technicalEvents: readonly string[] = [
  // Consent given or withdrawn changed which assessment views a reader sees; the consent itself is on the timeline.
  'AssessmentVisibilityChanged',
  // The same for the client plan's parts.
  'PlanVisibilityChanged',
];

/** Whether an event of this type (`AssessmentStarted`, without its version) is told on a case's timeline. */
export function shownOnTimeline(type: string): boolean {
  return !technicalEvents.includes(type);
}
