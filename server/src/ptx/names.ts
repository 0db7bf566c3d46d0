/**
 * Name resolution in a PTX model: what a register, label, parameter, variable or function name
 * at some offset refers to (innermost block outwards, then function, then module), every
 * occurrence of a resolved symbol, and the name token at an offset. Reads the occurrence index
 * and the block tree; never re-scans the text.
 */
import { lastAtOrBefore } from './scan';
import { declaredInBlock } from './scopes';
import type { PtxModel } from './model';
import { isSpecialRegister } from './statement';
import * as types from './types';
import type { PtxDeclaration, PtxFunction, PtxLabel, PtxParam, Range } from './types';

const { OCC_DEF, OCC_WRITE } = types;

// ---- name resolution ------------------------------------------------------------------------

/** What a name at some offset refers to. */
export type Resolution =
  | { kind: 'declaration'; decl: PtxDeclaration; /** For `%r12` declared by `%r<28>`: 12; else -1. */ element: number }
  | { kind: 'param'; param: PtxParam; func: PtxFunction }
  | { kind: 'label'; label: PtxLabel }
  | { kind: 'function'; func: PtxFunction }
  | { kind: 'special-register'; name: string }
  | { kind: 'unresolved'; name: string };

/** Splits `%r12` into `['%r', 12]`; undefined when the name does not end in digits. */
export function splitIndexedName(name: string): [string, number] | undefined {
  const m = /^(.*?[^0-9])([0-9]+)$/.exec(name);
  if (!m) return undefined;
  if (m[2].length > 1 && m[2].startsWith('0')) return undefined;
  return [m[1], Number(m[2])];
}

function matchDecl(decls: readonly PtxDeclaration[], name: string, offset: number): { decl: PtxDeclaration; element: number } | undefined {
  let best: PtxDeclaration | undefined;
  let element = -1;
  let split: [string, number] | undefined | null = null;
  for (const d of decls) {
    if (offset < d.scopeStart || offset > d.scopeEnd) continue;
    let el = -1;
    if (d.count >= 0) {
      if (split === null) split = splitIndexedName(name);
      if (!split || split[0] !== d.name || split[1] >= d.count) continue;
      el = split[1];
    } else if (d.name !== name) continue;
    if (!best || d.scopeStart >= best.scopeStart) {
      best = d;
      element = el;
    }
  }
  return best ? { decl: best, element } : undefined;
}

/** Function a definition should point to: the one with a body, else the first declaration. */
export function functionDefinition(model: PtxModel, nameId: number): PtxFunction | undefined {
  const list = model.functionsByName.get(nameId);
  if (!list || list.length === 0) return undefined;
  for (const i of list) if (model.functions[i].bodyStart >= 0) return model.functions[i];
  return model.functions[list[0]];
}

/** Resolves `name` as written at `offset` (scopes: innermost block outwards, function, module). */
export function resolveName(model: PtxModel, name: string, offset: number): Resolution {
  const fn = model.functionAt(offset);
  if (fn) {
    const local = resolveLocal(model, fn, name, offset);
    if (local) return local;
    for (const p of fn.params) if (p.name === name) return { kind: 'param', param: p, func: fn };
    for (const p of fn.returns) if (p.name === name) return { kind: 'param', param: p, func: fn };
  }
  const id = model.nameId(name);
  const globals = model.globalsByName.get(id);
  if (globals && globals.length > 0) return { kind: 'declaration', decl: globals[0], element: -1 };
  if (name.startsWith('%')) {
    const g = matchDecl(model.globals, name, offset);
    if (g) return { kind: 'declaration', decl: g.decl, element: g.element };
    if (isSpecialRegister(name)) return { kind: 'special-register', name };
    return { kind: 'unresolved', name };
  }
  const f = functionDefinition(model, id);
  if (f) return { kind: 'function', func: f };
  const labels = model.labelsByName.get(id);
  if (labels) for (const i of labels) if (model.labels[i].func < 0) return { kind: 'label', label: model.labels[i] };
  return { kind: 'unresolved', name };
}

const declStart = (d: PtxDeclaration): number => d.nameStart;
const labelStart = (l: PtxLabel): number => l.start;

/** A declaration or label of `fn`'s blocks that `name` at `offset` refers to: the innermost block's wins. */
function resolveLocal(model: PtxModel, fn: PtxFunction, name: string, offset: number): Resolution | undefined {
  if (!(offset > fn.bodyStart && offset < fn.bodyEnd)) return undefined;
  const byName = model.localDeclarationsByName;
  const exact = byName.get(name);
  const split = name.startsWith('%') ? splitIndexedName(name) : undefined;
  const ranges = split ? byName.get(split[0]) : undefined;
  const labelIds = name.startsWith('%') ? undefined : model.labelsByName.get(model.nameId(name));
  if (!exact && !ranges && !labelIds) return undefined;
  const label = (i: number): PtxLabel => model.labels[labelIds![i]];
  for (let b = model.blockAt(offset); b >= 0; b = model.blockParent[b]) {
    const start = model.blockStart[b];
    const end = model.blockEnd[b];
    const single = exact && declaredInBlock(exact.length, (i) => exact[i], declStart, start, end);
    if (single && single.count < 0) return { kind: 'declaration', decl: single, element: -1 };
    const range = ranges && declaredInBlock(ranges.length, (i) => ranges[i], declStart, start, end);
    if (range && split && range.count >= 0 && split[1] < range.count) return { kind: 'declaration', decl: range, element: split[1] };
    const found = labelIds && declaredInBlock(labelIds.length, label, labelStart, start, end);
    if (found) return { kind: 'label', label: found };
  }
  return undefined;
}

function sameResolution(a: Resolution, b: Resolution): boolean {
  switch (a.kind) {
    case 'declaration':
      return b.kind === 'declaration' && a.decl === b.decl;
    case 'param':
      return b.kind === 'param' && a.param === b.param;
    case 'label':
      return b.kind === 'label' && a.label === b.label;
    case 'function':
      return b.kind === 'function' && a.func.name === b.func.name;
    default:
      return b.kind === a.kind && a.name === (b as { name: string }).name;
  }
}

/** A place a symbol is written or read. */
export interface Occurrence {
  start: number;
  end: number;
  range: Range;
  /** The declaring name (declaration, parameter, label, function header). */
  isDefinition: boolean;
  /** Destination operand of an instruction (written). */
  isWrite: boolean;
}

/** Where the resolved symbol is declared: offsets of the declaring name. */
export function definitionSpan(r: Resolution): { start: number; end: number } | undefined {
  switch (r.kind) {
    case 'declaration':
      return { start: r.decl.nameStart, end: r.decl.nameEnd };
    case 'param':
      return { start: r.param.nameStart, end: r.param.nameEnd };
    case 'label':
      return { start: r.label.start, end: r.label.end };
    case 'function':
      return { start: r.func.nameStart, end: r.func.nameEnd };
    default:
      return undefined;
  }
}

function searchScope(model: PtxModel, r: Resolution): [number, number] {
  switch (r.kind) {
    case 'declaration':
      // Body-level declarations are searched from the header on; nested-block ones only in their block.
      if (r.decl.func >= 0 && r.decl.scopeStart === model.functions[r.decl.func].bodyStart) return [model.functions[r.decl.func].start, r.decl.scopeEnd];
      return [r.decl.scopeStart, r.decl.scopeEnd];
    case 'param':
      return [r.func.start, r.func.end];
    case 'label':
      // A body label is searched from the header on; a nested block's only in its block.
      if (r.label.func >= 0 && r.label.scopeStart === model.functions[r.label.func].bodyStart) return [model.functions[r.label.func].start, r.label.scopeEnd];
      return [r.label.scopeStart, r.label.scopeEnd];
    case 'special-register': {
      return [0, model.text.length];
    }
    default:
      return [0, model.text.length];
  }
}

/**
 * Every occurrence of the resolved symbol, in text order: O(occurrences of its name) thanks to
 * the per-name index. For a register range (`%r<28>`, element -1) it covers every element.
 */
export function findOccurrences(model: PtxModel, r: Resolution, scopeHint?: number): Occurrence[] {
  const [from, to] = searchScope(model, r);
  let ids: number[];
  if (r.kind === 'declaration' && r.decl.count >= 0 && r.element < 0) {
    ids = rangeElementIds(model, r.decl.name, r.decl.count);
  } else {
    const name =
      r.kind === 'declaration'
        ? r.element >= 0
          ? `${r.decl.name}${r.element}`
          : r.decl.name
        : r.kind === 'param'
          ? r.param.name
          : r.kind === 'label'
            ? r.label.name
            : r.kind === 'function'
              ? r.func.name
              : r.name;
    ids = [model.nameId(name)];
  }
  let lo = from;
  let hi = to;
  if (r.kind === 'special-register' || r.kind === 'unresolved') {
    const fn = scopeHint !== undefined ? model.functionAt(scopeHint) : undefined;
    if (fn && r.kind === 'unresolved') {
      lo = fn.start;
      hi = fn.end;
    }
  }
  const out: Occurrence[] = [];
  for (const id of ids) {
    if (id < 0) continue;
    const name = model.names[id];
    const check = needsPerOccurrenceCheck(model, r, name);
    const lineStarts = model.lineStarts;
    let line = -1;
    for (const occ of model.occurrencesOf(id, lo, hi + 1)) {
      const start = model.occOffset[occ];
      if (check && !sameResolution(r, resolveName(model, name, start))) continue;
      const flags = model.occFlags[occ];
      // Occurrences come in text order: walk the line cursor forward, or jump when far.
      if (line < 0 || (line + 8 < lineStarts.length && lineStarts[line + 8] <= start)) line = model.lineOf(start);
      else while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
      const character = start - lineStarts[line];
      const range = { start: { line, character }, end: { line, character: character + name.length } };
      out.push({ start, end: start + name.length, range, isDefinition: (flags & OCC_DEF) !== 0, isWrite: (flags & OCC_WRITE) !== 0 });
    }
  }
  // A register range declaration is itself the definition of every element.
  if (r.kind === 'declaration' && r.decl.count >= 0) {
    out.push({ start: r.decl.nameStart, end: r.decl.nameEnd, range: model.rangeOf(r.decl.nameStart, r.decl.nameEnd), isDefinition: true, isWrite: false });
    out.sort((a, b) => a.start - b.start);
    return out.filter((o, i) => i === 0 || o.start !== out[i - 1].start);
  }
  return out;
}

/**
 * Name ids of the elements `base0 … base(count-1)` that occur in the document; bounded by the
 * number of distinct names, whatever `count` says.
 */
export function rangeElementIds(model: PtxModel, base: string, count: number): number[] {
  const ids: number[] = [];
  if (count <= model.names.length) {
    for (let i = 0; i < count; i++) {
      const id = model.nameId(`${base}${i}`);
      if (id >= 0) ids.push(id);
    }
    return ids;
  }
  model.names.forEach((name, id) => {
    const split = name.startsWith(base) ? splitIndexedName(name) : undefined;
    if (split && split[0] === base && split[1] < count) ids.push(id);
  });
  return ids;
}

/**
 * Whether another declaration could capture some occurrences of `name` inside the searched
 * scope. When not (the usual case: one `.reg` per name per function, unique labels), every
 * occurrence in the scope is a reference and no per-occurrence resolution is needed.
 */
function needsPerOccurrenceCheck(model: PtxModel, r: Resolution, name: string): boolean {
  let fn: PtxFunction | undefined;
  if (r.kind === 'declaration' && r.decl.func >= 0) fn = model.functions[r.decl.func];
  else if (r.kind === 'param') fn = r.func;
  else if (r.kind === 'label') {
    // Another label of that name inside the searched scope (a nested block's) captures some uses.
    const [from, to] = searchScope(model, r);
    let others = 0;
    for (const i of model.labelsByName.get(r.label.nameId) ?? []) {
      const l = model.labels[i];
      if (l !== r.label && l.start >= from && l.start < to) others++;
    }
    if (others > 0 || r.label.func < 0) return others > 0;
    fn = model.functions[r.label.func];
  }
  // Special registers are reserved names: nothing can declare them.
  else if (r.kind === 'special-register') return false;
  else return true;
  let candidates = 0;
  let split: [string, number] | undefined | null = null;
  for (const d of fn.decls) {
    if (d.count >= 0) {
      if (split === null) split = splitIndexedName(name);
      if (split && split[0] === d.name && split[1] < d.count) candidates++;
    } else if (d.name === name) candidates++;
  }
  for (const p of fn.params) if (p.name === name) candidates++;
  for (const p of fn.returns) if (p.name === name) candidates++;
  if (r.kind === 'label') return candidates > 0;
  return candidates !== 1;
}

/** The name token (register or identifier) at `offset`, from the occurrence index. */
export function nameAt(model: PtxModel, offset: number): { name: string; start: number; end: number; occ: number } | undefined {
  const offs = model.occOffset;
  const lo = lastAtOrBefore(offs, offset);
  if (lo < 0) return undefined;
  const name = model.names[model.occName[lo]];
  const start = offs[lo];
  let end = start + name.length;
  // `%tid.x`: the component belongs to the token.
  const text = model.text;
  if (text.charCodeAt(end) === 46 && name.startsWith('%')) {
    let e = end + 1;
    while (e < text.length && /[A-Za-z0-9_]/.test(text[e])) e++;
    if (e > end + 1) end = e;
  }
  if (offset > end) return undefined;
  return { name, start, end, occ: lo };
}

