/** Small statistics helpers shared by the benchmarks. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Runs `fn` `times` times and returns each run's wall time in milliseconds. */
export async function timeRuns(times: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return runs;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
