/** Stops the containers the global setup started, if it started any. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { stopTestContainers?: () => Promise<void> }).stopTestContainers?.();
}
