/** One figure a benchmark reports. */
export interface BenchRow {
  /** What part of PTX Lens: "parse", "hover", "toolchain", "startup" … */
  area: string;
  /** What was measured, e.g. "parse throughput (median of 7)". */
  metric: string;
  value: number;
  unit: string;
  /** The figure it should reach, as text: "≥ 150", "≤ 2". */
  target?: string;
}
