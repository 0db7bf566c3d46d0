/**
 * Block scopes of a function body. PTX lets a `{ … }` block declare its own `.reg`s and labels;
 * nvcc pastes an inline-asm block such as `{ .reg .pred P1; WAIT: … @P1 bra DONE; … DONE: }`
 * once per call site, so one function can hold thousands of blocks with the same local names.
 * A name resolves to the declaration of the innermost enclosing block that declares it.
 *
 * Look-ups walk from the innermost block outwards and, per block, binary-search the name's
 * declarations (kept in text order), so a resolution costs O(depth · log n) however many
 * blocks reuse the name.
 */
import { lastAtOrBefore } from './scan';
import type { PtxDeclaration, PtxLabel } from './types';

/** The block arrays of a model (see `PtxModelData`). */
export interface BlockTable {
  readonly blockStart: Int32Array;
  readonly blockEnd: Int32Array;
  readonly blockFunc: Int32Array;
}

/** Parent of each block (-1 for a function body), from blocks stored in order of their `{`. */
export function blockParents(blocks: BlockTable): Int32Array {
  const { blockStart, blockEnd } = blocks;
  const parent = new Int32Array(blockStart.length).fill(-1);
  const stack: number[] = [];
  for (let b = 0; b < blockStart.length; b++) {
    while (stack.length > 0 && blockEnd[stack[stack.length - 1]] <= blockStart[b]) stack.pop();
    if (stack.length > 0) parent[b] = stack[stack.length - 1];
    stack.push(b);
  }
  return parent;
}

/** The innermost block whose braces enclose `offset` (strictly after its `{`), or -1. */
export function innermostBlock(blocks: BlockTable, parents: Int32Array, offset: number): number {
  let b = lastAtOrBefore(blocks.blockStart, offset);
  if (b >= 0 && blocks.blockStart[b] === offset) b = b > 0 ? b - 1 : -1;
  while (b >= 0 && blocks.blockEnd[b] <= offset) b = parents[b];
  return b;
}

/**
 * The item declared directly in the block [start, end) — its scope starts at that block's
 * `{` — among `count` items in text order, read through `item(i)` and positioned by `at`
 * (the last such item when a name is declared twice). Found by binary search on `at`.
 */
export function declaredInBlock<T extends { scopeStart: number }>(count: number, item: (i: number) => T, at: (item: T) => number, start: number, end: number): T | undefined {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(item(mid)) < start) lo = mid + 1;
    else hi = mid;
  }
  let found: T | undefined;
  for (let i = lo; i < count; i++) {
    const candidate = item(i);
    if (at(candidate) >= end) break;
    if (candidate.scopeStart === start) found = candidate;
  }
  return found;
}

/** Function-local declarations by the name they declare (a range `%r<28>` under `%r`), in text order. */
export function localDeclarationsByName(functions: ReadonlyArray<{ decls: readonly PtxDeclaration[] }>): Map<string, PtxDeclaration[]> {
  const out = new Map<string, PtxDeclaration[]>();
  for (const fn of functions) {
    for (const d of fn.decls) {
      const list = out.get(d.name);
      if (list) list.push(d);
      else out.set(d.name, [d]);
    }
  }
  return out;
}

/** True when the label belongs to a nested block of its function rather than to the body. */
export function isBlockLocal(label: Pick<PtxLabel, 'scopeStart'>, bodyStart: number): boolean {
  return label.scopeStart !== bodyStart;
}
