/**
 * What the toolchain needs from nvcc's PTX: the `.file` table, the `.target`, every function
 * with its line range and instruction count, and the source ↔ PTX line map built from `.loc`
 * (every form nvcc emits, including `function_name …, inlined_at F L C`). Read off the one PTX
 * document model (`server/src/ptx`), so the toolchain and the editor agree on what the PTX says.
 */
import { forEachInstruction, parsePtx, type PtxModel } from '../ptx';
import type { LineMap, PtxLineSource, SourceLoc } from './types';
import { launchBounds, type LaunchBounds } from '../occupancy/launch';

export { unescapePtxString } from '../ptx/strings';

export interface PtxFunction {
  mangledName: string;
  isEntry: boolean;
  startLine: number;
  endLine: number;
  instructions: number;
  /** The block size the function declares (`.reqntid` / `.maxntid`). */
  launch?: LaunchBounds;
  /** Definition site, from the body's first non-inlined `.loc`. */
  sourceFile?: string;
  sourceLine?: number;
}

export interface PtxScan {
  /** `.target` first operand, e.g. "sm_90". */
  target?: string;
  functions: PtxFunction[];
  lineMap: LineMap;
}

export interface ScanOptions {
  /** Maps a `.file` path (after unescaping) to the path to report, e.g. a temp copy back to the original. */
  mapFile?: (path: string) => string;
  /** Only the functions (with their source lines); the line map is left empty. Cheap on large files. */
  functionsOnly?: boolean;
}

interface RawLoc {
  f: number;
  l: number;
  c: number;
}

interface CurrentLoc extends RawLoc {
  /** Call sites, innermost first. */
  chain: RawLoc[];
  func: number;
}

const key = (loc: RawLoc) => `${loc.f}:${loc.l}:${loc.c}`;

/** Scans nvcc's PTX (parsed once into the document model) for the line map and the functions. */
export function scanPtx(ptx: string, options: ScanOptions = {}): PtxScan {
  return scanModel(parsePtx(ptx), options);
}

export function scanModel(model: PtxModel, options: ScanOptions = {}): PtxScan {
  const mapFile = options.mapFile ?? ((p: string) => p);
  const files: Record<number, string> = {};
  for (const [index, file] of model.files) files[index] = mapFile(file.path);
  const toLoc = (r: RawLoc): SourceLoc | undefined => (files[r.f] !== undefined ? { file: files[r.f], line: r.l, column: r.c } : undefined);

  const functions = new Map<number, PtxFunction>();
  for (const fn of model.functions) {
    if (fn.bodyStart < 0) continue;
    functions.set(fn.index, {
      mangledName: fn.name,
      isEntry: fn.kind === 'entry',
      startLine: model.positionAt(fn.start).line + 1,
      endLine: model.positionAt(Math.max(fn.start, fn.end - 1)).line + 1,
      instructions: fn.instructionCount,
      launch: launchBounds(fn.directives.map((stmt) => model.statementText(stmt))),
    });
  }

  // Walk `.loc` records and instructions together, in line order. A `.loc` governs the
  // instructions after it in the same function; `inlined_at` sites are resolved outward through
  // the `.loc`s seen earlier in that function.
  const bySource: LineMap['bySource'] = {};
  const byPtx: LineMap['byPtx'] = {};
  const add = (file: string, line: number, ptxLine: number): void => {
    const perFile = (bySource[file] ??= {});
    const list = (perFile[line] ??= []);
    if (list[list.length - 1] !== ptxLine) list.push(ptxLine);
  };
  const locCount = model.locCount;
  let next = 0;
  let current: CurrentLoc | undefined;
  let inlinedBy = new Map<string, RawLoc>();
  let locFunc = -2;
  const definitionSeen = new Set<number>();
  const takeLoc = (i: number): void => {
    const func = model.locFunc[i];
    if (func !== locFunc) {
      locFunc = func;
      inlinedBy = new Map();
      current = undefined;
    }
    const loc: RawLoc = { f: model.locFile[i], l: model.locSrcLine[i], c: model.locCol[i] };
    if (loc.l === 0) {
      current = undefined;
      return;
    }
    const chain: RawLoc[] = [];
    if (model.locInlFile[i] >= 0) {
      const site: RawLoc = { f: model.locInlFile[i], l: model.locInlLine[i], c: model.locInlCol[i] };
      inlinedBy.set(key(loc), site);
      // A call site may itself sit in inlined code: follow the chain outward.
      for (let at: RawLoc | undefined = site; at && chain.length < 64; at = inlinedBy.get(key(at))) chain.push(at);
    } else if (!definitionSeen.has(func)) {
      definitionSeen.add(func);
      const fn = functions.get(func);
      const where = toLoc(loc);
      if (fn && where) {
        fn.sourceFile = where.file;
        fn.sourceLine = where.line;
      }
    }
    current = { ...loc, chain, func };
  };
  if (options.functionsOnly) {
    // Each function's own first location (not one inlined into it), read straight off the tables.
    const seen = new Set<number>();
    for (let i = 0; i < locCount; i++) {
      const func = model.locFunc[i];
      if (seen.has(func) || model.locInlFile[i] >= 0 || model.locSrcLine[i] === 0) continue;
      seen.add(func);
      const fn = functions.get(func);
      const file = files[model.locFile[i]];
      if (fn && file !== undefined) {
        fn.sourceFile = file;
        fn.sourceLine = model.locSrcLine[i];
      }
    }
    return { target: model.target?.split(/[\s,]+/)[0], functions: [...functions.values()], lineMap: { files, bySource, byPtx } };
  }
  forEachInstruction(model, (stmt, _mnemonic, line) => {
    while (next < locCount && model.locLine[next] < line) takeLoc(next++);
    const func = model.stmtFuncOf(stmt);
    if (!current || current.func !== func || !functions.has(func)) return;
    const own = toLoc(current);
    if (!own) return;
    const inlinedAt = current.chain.map(toLoc).filter((site): site is SourceLoc => site !== undefined);
    const entry: PtxLineSource = { ...own, inlinedAt };
    // Every line of the statement: nvcc spreads a `call` over several.
    const last = model.lineOf(Math.max(model.stmtStart[stmt], model.stmtEnd[stmt] - 1));
    for (let ptxLine = line + 1; ptxLine <= last + 1; ptxLine++) {
      byPtx[ptxLine] = entry;
      add(own.file, own.line, ptxLine);
      for (const site of inlinedAt) add(site.file, site.line, ptxLine);
    }
  });
  while (next < locCount) takeLoc(next++);

  const target = model.target?.split(/[\s,]+/)[0];
  return { target, functions: [...functions.values()], lineMap: { files, bySource, byPtx } };
}

/**
 * The location in `file` that a PTX line belongs to: its own location when it is in `file`,
 * else the innermost call site in `file` on its inlined_at chain.
 */
export function locationInFile(source: PtxLineSource, file: string): SourceLoc | undefined {
  if (source.file === file) return source;
  return source.inlinedAt.find((s) => s.file === file);
}
