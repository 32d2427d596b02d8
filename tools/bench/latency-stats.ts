/** Percentiles of a sample by nearest rank; the sample is sorted in place. */
export function percentiles(samples: number[], ranks: number[] = [50, 95, 99]): Record<string, number> {
  samples.sort((a, b) => a - b);
  const result: Record<string, number> = {};
  for (const rank of ranks) {
    const index = Math.min(samples.length - 1, Math.max(0, Math.ceil((rank / 100) * samples.length) - 1));
    result[`p${rank}`] = samples.length === 0 ? Number.NaN : Number(samples[index]!.toFixed(1));
  }
  return result;
}
