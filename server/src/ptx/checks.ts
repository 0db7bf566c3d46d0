/**
 * Semantic checks over a parsed model, for the diagnostics ptxas would also report: names used
 * but never declared (registers, labels, symbols), a register past the end of its `%r<N>`
 * range, and duplicate labels or declarations in one scope (a nested `{ }` block is a scope of
 * its own, for labels as for `.reg`s). Runs over the occurrence index
 * (no text re-scan); separate from `parsePtx` so the server can run it in the background, in steps.
 *
 * Conservative by design: special registers, the `_` sink and `WARP_SZ` are never flagged,
 * and names inside directives (`.loc function_name`, call prototypes, initializers) are left
 * alone.
 */
import type { PtxModel } from './model';
import { resolveName, splitIndexedName } from './query';
import { isSpecialRegister } from './statement';
import * as types from './types';
import type { PtxDeclaration, PtxDiagnostic, PtxFunction, PtxLabel } from './types';

const { OCC_DEF, OCC_DIRECTIVE } = types;
const PREDEFINED = new Set(['_', 'WARP_SZ']);

const bodyDeclarations = new WeakMap<PtxFunction, { single: Set<string>; ranges: Map<string, number> }>();

/** True when `fn`'s own body declares `name` (as itself, or inside a `%r<N>` range). */
function declared(fn: PtxFunction, name: string, split: [string, number] | null): boolean {
  let decls = bodyDeclarations.get(fn);
  if (!decls) {
    decls = { single: new Set(), ranges: new Map() };
    for (const d of fn.decls) {
      if (d.count >= 0) decls.ranges.set(d.name, Math.max(d.count, decls.ranges.get(d.name) ?? 0));
      else decls.single.add(d.name);
    }
    bodyDeclarations.set(fn, decls);
  }
  if (decls.single.has(name)) return true;
  return split !== null && split[1] < (decls.ranges.get(split[0]) ?? 0);
}

/** Names declared or labelled in a nested block of `fn` (their resolution depends on the offset). */
function nestedNames(fn: PtxFunction): Set<string> {
  const out = new Set<string>();
  for (const d of fn.decls) if (d.scopeStart !== fn.bodyStart) out.add(d.name);
  for (const l of fn.labels) if (l.scopeStart !== fn.bodyStart) out.add(l.name);
  return out;
}

function diag(model: PtxModel, start: number, end: number, code: string, message: string, fix?: PtxDiagnostic['fix']): PtxDiagnostic {
  return { start, end, range: model.rangeOf(start, end), message, severity: 'error', code, ...(fix ? { fix } : {}) };
}

/** Widening `%r<N>` so that it holds `%rK`. */
function extendRange(model: PtxModel, decl: PtxDeclaration, index: number): PtxDiagnostic['fix'] {
  const written = model.text.slice(decl.nameStart, decl.nameEnd);
  const open = written.indexOf('<');
  const close = written.indexOf('>', open);
  if (open < 0 || close < 0) return undefined;
  return { title: `Extend ${decl.name}<${decl.count}> to ${decl.name}<${index + 1}>`, edits: [{ start: decl.nameStart + open + 1, end: decl.nameStart + close, newText: String(index + 1) }] };
}

/** Names checked between two pauses of `checkSteps`. */
const NAMES_PER_STEP = 1024;
/** Functions whose declarations and labels are checked for duplicates between two pauses. */
const FUNCTIONS_PER_STEP = 8;

export function checkModel(model: PtxModel): PtxDiagnostic[] {
  return finish(checkSteps(model));
}

/** Runs a stepwise computation to its end and returns its result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `checkModel` in steps: the generator pauses every `NAMES_PER_STEP` names, so that a server can
 * answer requests between steps; its return value is the diagnostics.
 */
export function* checkSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const fns = model.functions;
  const offs = model.occOffset;
  const ids = model.occName;
  const flags = model.occFlags;
  let f = -1;
  let cache = new Map<number, boolean>();
  let nested = new Set<string>();
  /** `%r12` → ['%r', 12] per name id (null: not an indexed register name). */
  const splits = new Map<number, [string, number] | null>();
  for (let i = 0; i < offs.length; i++) {
    if (i % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
    const fl = flags[i];
    if ((fl & (OCC_DEF | OCC_DIRECTIVE)) !== 0) continue;
    const at = offs[i];
    // Only instruction operands inside function bodies are checked.
    while (f + 1 < fns.length && fns[f + 1].start <= at) {
      f++;
      cache = new Map();
      nested = nestedNames(fns[f]);
    }
    const fn = f >= 0 ? fns[f] : undefined;
    if (!fn || fn.bodyStart < 0 || at < fn.bodyStart || at > fn.bodyEnd) continue;
    const id = ids[i];
    const name = model.names[id];
    if (PREDEFINED.has(name)) continue;
    let known = cache.get(id);
    if (known === undefined) {
      let split = splits.get(id);
      if (split === undefined) splits.set(id, (split = name.charCodeAt(0) === 37 /* % */ ? (splitIndexedName(name) ?? null) : null));
      const base = split ? split[0] : name;
      if (!nested.has(name) && !nested.has(base)) {
        // Declared in the function body itself: no need to search scopes.
        known = declared(fn, name, split) || resolveName(model, name, at).kind !== 'unresolved';
        cache.set(id, known);
      } else known = resolveName(model, name, at).kind !== 'unresolved';
    }
    if (known) continue;
    const end = at + name.length;
    if (name.startsWith('%')) {
      const split = splitIndexedName(name);
      const range = split ? fn.decls.find((d) => d.count >= 0 && d.name === split[0]) : undefined;
      if (range && split) {
        const message = `${name} is outside its declaration ${range.name}<${range.count}> (${range.name}0 … ${range.name}${range.count - 1})`;
        out.push(diag(model, at, end, 'ptx-register-range', message, split[1] >= range.count ? extendRange(model, range, split[1]) : undefined));
      } else if (!looksSpecial(name)) out.push(diag(model, at, end, 'ptx-undeclared', `Register ${name} is not declared`));
    } else {
      out.push(diag(model, at, end, 'ptx-undeclared', `'${name}' is not declared (no label, parameter, variable or function of that name)`));
    }
  }
  for (let k = 0; k < fns.length; k++) {
    duplicates(model, fns[k].decls, fns[k].labels, out);
    if (k % FUNCTIONS_PER_STEP === FUNCTIONS_PER_STEP - 1) yield;
  }
  duplicates(model, model.globals.filter((g) => !g.linkage.includes('extern')), [], out);
  return out.sort((a, b) => a.start - b.start);
}

/** Special registers, including families ptxas may grow (`%envregN`, `%pmN`, `%reserved_smem_*`). */
function looksSpecial(name: string): boolean {
  if (isSpecialRegister(name)) return true;
  return /^%(envreg|pm|reserved_smem|cluster|lanemask|globaltimer|clock|nc|aggr_smem|dynamic_smem|total_smem|current_graph)/.test(name);
}

/** Two declarations of one name in one scope, or two labels of one name in one block (each block has its own labels). */
function duplicates(model: PtxModel, decls: readonly PtxDeclaration[], labels: readonly PtxLabel[], out: PtxDiagnostic[]): void {
  const seen = new Map<string, PtxDeclaration>();
  for (const d of decls) {
    const key = `${d.scopeStart}:${d.name}:${d.count >= 0 ? 'range' : 'one'}`;
    const prev = seen.get(key);
    if (prev) out.push(diag(model, d.nameStart, d.nameEnd, 'ptx-duplicate', `Duplicate declaration of ${d.name} (first declared on line ${model.positionAt(prev.nameStart).line + 1})`));
    else seen.set(key, d);
  }
  const labelSeen = new Map<string, number>();
  for (const l of labels) {
    const key = `${l.scopeStart}:${l.name}`;
    const prev = labelSeen.get(key);
    if (prev !== undefined) out.push(diag(model, l.start, l.end, 'ptx-duplicate', `Duplicate label ${l.name} (first defined on line ${model.positionAt(prev).line + 1})`));
    else labelSeen.set(key, l.start);
  }
}
