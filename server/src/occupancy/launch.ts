/**
 * The block size a kernel declares for itself: `.reqntid` (the exact size it must be launched
 * with) or `.maxntid` (its upper bound, what `__launch_bounds__` writes), as threads per block.
 */

export interface LaunchBounds {
  threads: number;
  directive: '.reqntid' | '.maxntid';
}

/** From the function's directive statements as written (`.maxntid 128, 1, 1`); `.reqntid` wins. */
export function launchBounds(directives: readonly string[]): LaunchBounds | undefined {
  let found: LaunchBounds | undefined;
  for (const text of directives) {
    const m = /^\s*\.(reqntid|maxntid)\s+(\d+)(?:\s*,\s*(\d+))?(?:\s*,\s*(\d+))?/.exec(text);
    if (!m) continue;
    const threads = [m[2], m[3], m[4]].filter((d) => d !== undefined).reduce((product, d) => product * Number(d), 1);
    const directive = m[1] === 'reqntid' ? '.reqntid' : '.maxntid';
    if (threads > 0 && (!found || directive === '.reqntid')) found = { threads, directive };
  }
  return found;
}
