/**
 * Queries over a parsed PTX model: what is under the cursor and the `.loc` line records; what
 * a name refers to and where it is used live in `names.ts` (re-exported here). Hover, navigation and the toolchain's line map call
 * these; none of them re-scans the document.
 */
import { lastAtOrBefore } from './scan';
import type { PtxModel } from './model';
import {
  lexRange,
  materializeInstruction,
  statementLineText,
  type PtxInstruction,
  type RawToken,
} from './statement';
import * as types from './types';
import type { Position, PtxDeclaration, PtxFunction, PtxLabel, PtxParam, Range, SourcePoint } from './types';

const SK = types.StatementKind;
const { OCC_DEF } = types;

export {
  definitionSpan,
  findOccurrences,
  functionDefinition,
  nameAt,
  rangeElementIds,
  resolveName,
  splitIndexedName,
  type Occurrence,
  type Resolution,
} from './names';
import { findOccurrences, functionDefinition, nameAt, resolveName, type Resolution } from './names';

// ---- .loc -----------------------------------------------------------------------------------

/** A `.loc` record with its file paths resolved through `.file`. */
export interface LocInfo {
  index: number;
  /** PTX line of the `.loc` directive. */
  ptxLine: number;
  /** First line after the lines this `.loc` governs (next `.loc`, or the end of its function). */
  endLine: number;
  file: number;
  path: string | undefined;
  line: number;
  column: number;
  /** `function_name` label (e.g. `$L__info_string0`) when present. */
  functionLabel: string | undefined;
  inlinedAt: SourcePoint | undefined;
  /** The whole inlining chain, innermost call site first, each with its resolved path. */
  inlinedChain: Array<SourcePoint & { path: string | undefined }>;
  func: number;
}

/**
 * Calls `cb` for every `.loc` in text order: the PTX line of the directive, the source file
 * index, line and column, and the `inlined_at` point if any. `index` can be passed to
 * `locInfo` for the resolved paths and the inlining chain. Cheap: reads typed arrays only.
 */
export function forEachLoc(
  model: PtxModel,
  cb: (ptxLine: number, fileIndex: number, line: number, column: number, inlinedAt: SourcePoint | undefined, index: number) => void,
): void {
  const n = model.locCount;
  for (let i = 0; i < n; i++) {
    const inlFile = model.locInlFile[i];
    cb(
      model.locLine[i],
      model.locFile[i],
      model.locSrcLine[i],
      model.locCol[i],
      inlFile >= 0 ? { file: inlFile, line: model.locInlLine[i], column: model.locInlCol[i] } : undefined,
      i,
    );
  }
}

/** Index of the `.loc` governing PTX line `line` (the last one at or before it in the same function), or -1. */
export function locIndexForLine(model: PtxModel, line: number): number {
  const lo = lastAtOrBefore(model.locLine, line);
  if (lo < 0) return -1;
  const stmt = model.statementIndexAtLine(line);
  if (stmt >= 0 && model.stmtFuncOf(stmt) !== model.locFunc[lo]) return -1;
  return lo;
}

export function locInfo(model: PtxModel, index: number): LocInfo {
  const path = (f: number) => model.files.get(f)?.path;
  const func = model.locFunc[index];
  let endLine: number;
  if (index + 1 < model.locCount && model.locFunc[index + 1] === func) endLine = model.locLine[index + 1];
  else if (func >= 0) endLine = model.positionAt(model.functions[func].end).line + 1;
  else endLine = model.locLine[index] + 1;
  const chain: Array<SourcePoint & { path: string | undefined }> = [];
  let cur = index;
  // Follow `inlined_at F L C` to the closest earlier `.loc F L C` in the same function that is itself inlined.
  for (let depth = 0; depth < 32 && cur >= 0 && model.locInlFile[cur] >= 0; depth++) {
    const f = model.locInlFile[cur];
    const l = model.locInlLine[cur];
    const c = model.locInlCol[cur];
    chain.push({ file: f, line: l, column: c, path: path(f) });
    let next = -1;
    for (let j = cur - 1, steps = 0; j >= 0 && steps < 4096 && model.locFunc[j] === func; j--, steps++) {
      if (model.locFile[j] === f && model.locSrcLine[j] === l && model.locCol[j] === c) {
        next = j;
        break;
      }
    }
    cur = next;
  }
  const fn = model.locFnName[index];
  const inlFile = model.locInlFile[index];
  return {
    index,
    ptxLine: model.locLine[index],
    endLine,
    file: model.locFile[index],
    path: path(model.locFile[index]),
    line: model.locSrcLine[index],
    column: model.locCol[index],
    functionLabel: fn >= 0 ? model.names[fn] : undefined,
    inlinedAt: inlFile >= 0 ? { file: inlFile, line: model.locInlLine[index], column: model.locInlCol[index] } : undefined,
    inlinedChain: chain,
    func,
  };
}

// ---- tokenAt ----------------------------------------------------------------------------------

/** A register with its declaration, for hover. */
export interface RegisterInfo {
  name: string;
  /** Undefined when the register is not declared in scope. */
  declaration?: {
    space: string;
    type: string;
    /** Range of the declaring name (`%r<28>`). */
    range: Range;
    /** Text of the declaring statement, e.g. `.reg .b32 %r<28>;`. */
    text: string;
    /** Range size for `%r<N>` declarations, else -1. */
    count: number;
  };
  /** The function the register belongs to. */
  function?: { name: string; index: number };
}

export interface FunctionInfo {
  name: string;
  kind: 'entry' | 'func';
  linkage: string[];
  params: Array<{ name: string; space: string; type: string; array: string }>;
  returns: Array<{ name: string; space: string; type: string; array: string }>;
  /** Range of the name in the definition (or first declaration). */
  range: Range;
  hasBody: boolean;
  /** `.maxntid 256, 1, 1`, `.maxnreg 64` … as written. */
  directives: string[];
  instructionCount: number;
  index: number;
}

export interface LabelInfo {
  name: string;
  definition: Range;
  /** Uses other than the definition. */
  referenceCount: number;
  /** Uses as the target of `bra`/`brx`/`@p bra`. */
  branchCount: number;
  /** For a label local to a nested `{ }` block: that block, from its `{` to its `}`. */
  block?: Range;
}

interface Base {
  /** Range of the token under the cursor. */
  range: Range;
  /** The instruction containing the token, when it is in one. */
  instruction?: PtxInstruction;
  /** Index of the operand under the cursor in `instruction.operands`, or -1. */
  operandIndex?: number;
}

/** What lies under the cursor. */
export type PtxTokenInfo =
  | (Base & { kind: 'opcode'; text: string; instruction: PtxInstruction })
  | (Base & { kind: 'modifier'; text: string; instruction: PtxInstruction; modifierIndex: number })
  | (Base & { kind: 'register'; name: string; register: RegisterInfo })
  | (Base & { kind: 'special-register'; name: string; component?: string; text: string })
  | (Base & { kind: 'label'; name: string; label?: LabelInfo })
  | (Base & { kind: 'function'; name: string; function?: FunctionInfo })
  | (Base & { kind: 'param'; name: string; param: PtxParam; function: FunctionInfo })
  | (Base & { kind: 'variable'; name: string; declaration: PtxDeclaration; declarationText: string })
  | (Base & { kind: 'directive'; name: string; statementText: string; function?: FunctionInfo })
  | (Base & { kind: 'type' | 'state-space' | 'qualifier' | 'linkage'; text: string; statementText: string })
  | (Base & { kind: 'loc'; loc: LocInfo })
  | (Base & { kind: 'file'; index: number; path: string | undefined })
  | (Base & { kind: 'pragma'; text: string; statementText: string })
  | (Base & { kind: 'immediate'; text: string })
  | (Base & { kind: 'unresolved'; name: string });

const STATE_SPACES = new Set(['.reg', '.sreg', '.const', '.global', '.local', '.param', '.shared', '.tex']);
const LINKAGES = new Set(['.visible', '.extern', '.weak', '.common']);
const TYPE_RE = /^\.(?:[subf](?:8|16|32|64|128)|bf16|bf16x2|f16x2|e4m3|e5m2|e4m3x2|e5m2x2|tf32|pred|v[248]|texref|samplerref|surfref|b1|f32x2)$/;

export function functionInfo(model: PtxModel, fn: PtxFunction): FunctionInfo {
  const strip = (p: PtxParam) => ({ name: p.name, space: p.space, type: p.type, array: p.array });
  const def = fn.bodyStart >= 0 ? fn : (functionDefinition(model, fn.nameId) ?? fn);
  return {
    name: fn.name,
    kind: fn.kind,
    linkage: fn.linkage,
    params: def.params.map(strip),
    returns: def.returns.map(strip),
    range: model.rangeOf(def.nameStart, def.nameEnd),
    hasBody: def.bodyStart >= 0,
    directives: def.directives.map((s) => statementLineText(model, s)),
    instructionCount: def.instructionCount,
    index: def.index,
  };
}

const BRANCH_RE = /^(?:bra|brx)\b/;

export function labelInfo(model: PtxModel, label: PtxLabel): LabelInfo {
  const occs = findOccurrences(model, { kind: 'label', label });
  let refs = 0;
  let branches = 0;
  for (const o of occs) {
    if (o.isDefinition) continue;
    refs++;
    const stmt = model.statementIndexAt(o.start);
    if (stmt >= 0 && model.stmtKind[stmt] === SK.Instruction) {
      const mn = model.names[model.stmtAux[stmt]];
      if (mn && BRANCH_RE.test(mn)) branches++;
    }
  }
  const nested = label.func >= 0 && label.scopeStart !== model.functions[label.func].bodyStart;
  const block = nested ? model.rangeOf(label.scopeStart, label.scopeEnd - 1) : undefined;
  return { name: label.name, definition: model.rangeOf(label.start, label.end), referenceCount: refs, branchCount: branches, ...(block ? { block } : {}) };
}

function registerInfo(model: PtxModel, name: string, r: Resolution, offset: number): RegisterInfo {
  const fn = model.functionAt(offset);
  const info: RegisterInfo = { name };
  if (fn) info.function = { name: fn.name, index: fn.index };
  if (r.kind === 'declaration') {
    info.declaration = {
      space: r.decl.space,
      type: r.decl.type,
      range: model.rangeOf(r.decl.nameStart, r.decl.nameEnd),
      text: statementLineText(model, r.decl.stmt),
      count: r.decl.count,
    };
  } else if (r.kind === 'param') {
    info.declaration = { space: r.param.space, type: r.param.type, range: model.rangeOf(r.param.nameStart, r.param.nameEnd), text: `.${r.param.space} ${r.param.type} ${r.param.name}`, count: -1 };
  }
  return info;
}

/** Describes a name token given its resolution. */
function describeName(model: PtxModel, text: string, name: string, start: number, end: number, base: Base): PtxTokenInfo {
  const r = resolveName(model, name, start);
  const range = model.rangeOf(start, end);
  switch (r.kind) {
    case 'special-register': {
      const dot = text.indexOf('.');
      return { ...base, range, kind: 'special-register', name, text, component: dot > 0 ? text.slice(dot + 1) : undefined };
    }
    case 'declaration':
      if (name.startsWith('%') || r.decl.space === 'reg') return { ...base, range, kind: 'register', name, register: registerInfo(model, name, r, start) };
      return { ...base, range, kind: 'variable', name, declaration: r.decl, declarationText: statementLineText(model, r.decl.stmt) };
    case 'param':
      if (name.startsWith('%')) return { ...base, range, kind: 'register', name, register: registerInfo(model, name, r, start) };
      return { ...base, range, kind: 'param', name, param: r.param, function: functionInfo(model, r.func) };
    case 'label':
      return { ...base, range, kind: 'label', name, label: labelInfo(model, r.label) };
    case 'function':
      return { ...base, range, kind: 'function', name, function: functionInfo(model, r.func) };
    default:
      if (name.startsWith('%')) return { ...base, range, kind: 'register', name, register: registerInfo(model, name, r, start) };
      return { ...base, range, kind: 'unresolved', name };
  }
}

/**
 * What is under the cursor at an LSP position (0-based line, UTF-16 character). A cursor
 * right after a token (`mov|`) counts as on it. Returns undefined on whitespace, comments and
 * outside any statement.
 *
 * - On a mnemonic: `opcode` (first part) or `modifier` (with `modifierIndex`), both carrying
 *   the whole `instruction` (guard, mnemonic, modifiers and operands with kinds and ranges).
 * - On an operand: `register` (with its declaration and function), `special-register`,
 *   `label` (definition, reference and branch counts), `function`, `param`, `variable`,
 *   `immediate`; `instruction` and `operandIndex` are set.
 * - In a declaration or header: `type`, `state-space`, `qualifier`, `linkage`, the declared
 *   name, or `directive` (`.reg`, `.maxnreg` … with the statement text).
 * - On `.loc`: the file path, line, column and resolved inlining chain; on `.file`: the path;
 *   on `.pragma`: the pragma string.
 */
export function tokenAt(model: PtxModel, position: Position): PtxTokenInfo | undefined {
  const offset = model.offsetAt(position);
  let stmt = model.statementIndexAt(offset);
  if (stmt < 0) return undefined;
  // A cursor on the first character of a statement that touches the previous one's end.
  if (stmt + 1 < model.statementCount && model.stmtStart[stmt + 1] === offset) stmt++;
  const kind = model.stmtKind[stmt];
  if (kind === SK.Instruction) return instructionToken(model, stmt, offset);
  if (kind === SK.Section) {
    const name = nameAt(model, offset);
    if (name && offset >= name.start) return describeName(model, name.name, name.name, name.start, name.end, {} as Base);
    return undefined;
  }
  const tokens = lexRange(model.text, model.stmtStart[stmt], model.stmtEnd[stmt]);
  const tok = pickToken(tokens, offset);
  if (!tok) return undefined;
  const range = model.rangeOf(tok.start, tok.end);
  const statementText = statementLineText(model, stmt);
  if (kind === SK.Loc) {
    if (tok.kind === 'name' && tokens.some((t) => t.text === 'function_name')) {
      if (tok.text !== 'function_name' && tok.text !== 'inlined_at') return describeName(model, tok.text, tok.text, tok.start, tok.end, {} as Base);
    }
    const li = model.stmtAux[stmt];
    return { kind: 'loc', range, loc: locInfo(model, li) };
  }
  if (kind === SK.File) {
    const idx = model.stmtAux[stmt];
    return { kind: 'file', range, index: idx, path: model.files.get(idx)?.path };
  }
  if (kind === SK.Pragma) {
    const str = tokens.find((t) => t.kind === 'string');
    return { kind: 'pragma', range, text: str ? str.text.slice(1, -1) : '', statementText };
  }
  if (tok.kind === 'dotted') {
    const t = tok.text;
    if (STATE_SPACES.has(t) && tok === tokens[0]) return { kind: 'directive', range, name: t, statementText };
    if (LINKAGES.has(t)) return { kind: 'linkage', range, text: t, statementText };
    if (STATE_SPACES.has(t)) return { kind: 'state-space', range, text: t, statementText };
    if (TYPE_RE.test(t)) return { kind: 'type', range, text: t, statementText };
    if (t === '.align' || t === '.ptr' || t === '.attribute' || t === '.managed' || t === '.unified') return { kind: 'qualifier', range, text: t, statementText };
    const fnIdx = kind === SK.FunctionHeader ? model.stmtAux[stmt] : kind === SK.Performance ? findFunctionOfDirective(model, stmt) : -1;
    return { kind: 'directive', range, name: t, statementText, function: fnIdx >= 0 ? functionInfo(model, model.functions[fnIdx]) : undefined };
  }
  if (tok.kind === 'name') {
    if (tok.text.startsWith('%') && tokens[0]?.text === '.reg') {
      // `%r<28>`: the declared range itself.
      const fn = model.functionAt(tok.start);
      const decl = (fn ? fn.decls : model.globals).find((d) => d.nameStart === tok.start);
      if (decl) {
        return {
          kind: 'register',
          range: model.rangeOf(decl.nameStart, decl.nameEnd),
          name: decl.name,
          register: registerInfo(model, decl.name, { kind: 'declaration', decl, element: -1 }, tok.start),
        };
      }
    }
    return describeName(model, tok.text, tok.text.startsWith('%') && tok.text.includes('.') ? tok.text.slice(0, tok.text.indexOf('.')) : tok.text, tok.start, tok.end, {} as Base);
  }
  if (tok.kind === 'number') return { kind: 'immediate', range, text: tok.text };
  return undefined;
}

function findFunctionOfDirective(model: PtxModel, stmt: number): number {
  for (const f of model.functions) if (f.directives.includes(stmt)) return f.index;
  return -1;
}

function pickToken(tokens: RawToken[], offset: number): RawToken | undefined {
  let hit: RawToken | undefined;
  for (const t of tokens) {
    if (t.kind === 'comment' || t.kind === 'punct') continue;
    if (t.start <= offset && offset < t.end) return t;
    if (t.end === offset) hit = t;
  }
  return hit;
}

function instructionToken(model: PtxModel, stmt: number, offset: number): PtxTokenInfo | undefined {
  const ins = materializeInstruction(model, stmt);
  if (!ins) return undefined;
  const within = (s: number, e: number) => s <= offset && offset <= e;
  if (ins.guard && within(ins.guard.start, ins.guard.end)) {
    const s = ins.guard.end - ins.guard.register.length;
    return describeName(model, ins.guard.register, ins.guard.register, s, ins.guard.end, { instruction: ins, operandIndex: -1 } as Base);
  }
  if (within(ins.mnemonicStart, ins.mnemonicEnd)) {
    for (const m of ins.modifiers) {
      if (m.start < offset && offset <= m.end && !(offset === m.end && m.index + 1 < ins.modifiers.length && offset === ins.modifiers[m.index + 1].start)) {
        return { kind: 'modifier', range: m.range, text: m.text, instruction: ins, modifierIndex: m.index, operandIndex: -1 };
      }
    }
    return { kind: 'opcode', range: ins.opcodeRange, text: ins.opcode, instruction: ins, operandIndex: -1 };
  }
  for (const op of ins.operands) {
    if (!within(op.start, op.end)) continue;
    const base = { instruction: ins, operandIndex: op.index } as Base;
    for (const n of op.names) {
      if (within(n.start, n.end)) return describeName(model, n.text, n.name, n.start, n.end, base);
    }
    if (op.kind === 'immediate') return { ...base, kind: 'immediate', range: op.range, text: op.text };
    return undefined;
  }
  return undefined;
}

// ---- symbol under the cursor (navigation) -----------------------------------------------------

/** The named symbol at a position, resolved; undefined on anything that is not a name. */
export interface SymbolAt {
  name: string;
  start: number;
  end: number;
  resolution: Resolution;
}

/**
 * The register/label/parameter/function/variable name at `position`, resolved through its
 * scopes. Reads the occurrence index only (no statement is re-lexed).
 */
export function symbolAt(model: PtxModel, position: Position): SymbolAt | undefined {
  const offset = model.offsetAt(position);
  const hit = nameAt(model, offset);
  if (!hit) return undefined;
  const end = hit.start + hit.name.length;
  const flags = model.occFlags[hit.occ];
  if ((flags & OCC_DEF) !== 0 && hit.name.startsWith('%')) {
    // A declared register range `%r<28>`: the declaration itself.
    const fn = model.functionAt(hit.start);
    const decl = (fn ? fn.decls : model.globals).find((d) => d.nameStart === hit.start);
    if (decl) return { name: hit.name, start: hit.start, end, resolution: { kind: 'declaration', decl, element: -1 } };
  }
  if ((flags & OCC_DEF) !== 0 && !hit.name.startsWith('%')) {
    const id = model.occName[hit.occ];
    const decl =
      model.globalsByName.get(id)?.find((d) => d.nameStart === hit.start) ?? model.functionAt(hit.start)?.decls.find((d) => d.nameStart === hit.start);
    if (decl) return { name: hit.name, start: hit.start, end, resolution: { kind: 'declaration', decl, element: -1 } };
    const label = model.labelsByName.get(id)?.map((i) => model.labels[i]).find((l) => l.start === hit.start);
    if (label) return { name: hit.name, start: hit.start, end, resolution: { kind: 'label', label } };
  }
  return { name: hit.name, start: hit.start, end, resolution: resolveName(model, hit.name, hit.start) };
}

/**
 * Calls `cb` for every instruction in text order with its statement index, full mnemonic
 * (`ld.global.f32`, interned: cheap to compare or count) and the 0-based line it starts on.
 * For whole-file checks (unknown opcodes, target requirements) without re-scanning the text;
 * use `materializeInstruction(model, stmt)` for operands of the few that need them.
 */
export function forEachInstruction(model: PtxModel, cb: (stmt: number, mnemonic: string, line: number) => void): void {
  const kinds = model.stmtKind;
  const starts = model.stmtStart;
  const lineStarts = model.lineStarts;
  let line = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== SK.Instruction) continue;
    const s = starts[i];
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s) line++;
    cb(i, model.names[model.stmtAux[i]], line);
  }
}

/**
 * The string a DWARF label such as `$L__info_string0` names (`.b8 95,90,…,0` in `.debug_str`),
 * e.g. the mangled name of an inlined function a `.loc … function_name` points at. Reads only
 * the bytes after that label; undefined when the label or its terminating zero is not found.
 */
export function debugString(model: PtxModel, label: string): string | undefined {
  const nameId = model.nameId(label);
  const found = nameId >= 0 ? model.labelsByName.get(nameId) : undefined;
  const where = found?.map((i) => model.labels[i]).find((l) => l.func < 0);
  if (!where) return undefined;
  const bytes: number[] = [];
  const text = model.text;
  const limit = Math.min(text.length, where.end + 64 * 1024);
  for (let p = where.end + 1; p < limit && bytes.length < 4096; ) {
    let c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      let value = 0;
      do {
        value = value * 10 + (c - 48);
        c = text.charCodeAt(++p);
      } while (c >= 48 && c <= 57);
      if (value === 0) return String.fromCharCode(...bytes);
      bytes.push(value);
    } else if (c === 46 /* . */) {
      while (p < limit && text.charCodeAt(p) > 32) p++; // `.b8` and the like: not data
    } else if (c === 36 /* $ */ || c === 125 /* } */) {
      return undefined; // the next label or the end of the section, before the string ended
    } else p++;
  }
  return undefined;
}
