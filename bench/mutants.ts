/**
 * Mutants of valid PTX modules, one small change each, of the kinds a person makes while
 * editing: a declaration dropped or renamed, a modifier misspelled, a type swapped, a branch
 * to a label that is not there, a vector of the wrong size, a register of the wrong class,
 * `.version` or `.target` lowered, an operand deleted. Each mutant says which line it changed,
 * so an own check can be credited only where the change is.
 */
import { materializeInstruction, parsePtx, StatementKind, type PtxInstruction } from '../server/src/ptx';
import { PTX_VERSIONS } from '../server/src/knowledge/targets';

export type MutationKind =
  | 'drop-declaration'
  | 'rename-declaration'
  | 'misspell-modifier'
  | 'swap-type'
  | 'break-label'
  | 'vector-size'
  | 'register-class'
  | 'lower-version'
  | 'lower-target'
  | 'delete-operand';

export const MUTATION_KINDS: readonly MutationKind[] = ['drop-declaration', 'rename-declaration', 'misspell-modifier', 'swap-type', 'break-label', 'vector-size', 'register-class', 'lower-version', 'lower-target', 'delete-operand'];

export interface Mutant {
  kind: MutationKind;
  text: string;
  /** 0-based line of the change. */
  line: number;
  target: string;
}

/** A small deterministic generator (the same mutants on every run). */
export function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

const LOWER_TARGET: Record<string, string> = { sm_80: 'sm_75', sm_86: 'sm_80', sm_89: 'sm_86', sm_90: 'sm_89', sm_90a: 'sm_90', sm_100a: 'sm_90a', sm_100f: 'sm_90a', sm_103a: 'sm_100a', sm_120: 'sm_90' };
const TYPE_SWAPS: Record<string, string> = { u32: 'f64', s32: 'u64', f32: 's8', b32: 'f16', u64: 'u16', s64: 'f32', f64: 'b8', b64: 'u8', f16: 'u64', bf16: 'f64', pred: 'u32', u16: 'f64', b16: 'f32' };

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** One mutant of `kind` of the module `text` (for `.target target`), or undefined when the module offers no place for it. */
export function mutate(text: string, target: string, kind: MutationKind, pick: (n: number) => number): Mutant | undefined {
  const model = parsePtx(text);
  const instructions: PtxInstruction[] = [];
  for (let stmt = 0; stmt < model.statementCount; stmt++) {
    if (model.stmtKind[stmt] !== StatementKind.Instruction) continue;
    const instruction = materializeInstruction(model, stmt);
    if (instruction && instruction.func >= 0) instructions.push(instruction);
  }
  const one = <T>(list: T[]): T | undefined => (list.length > 0 ? list[pick(list.length)] : undefined);
  const made = (t: string, at: number, to = target): Mutant => ({ kind, text: t, line: lineOf(t, at), target: to });
  switch (kind) {
    case 'drop-declaration':
    case 'rename-declaration': {
      const decls = model.functions.flatMap((f) => f.decls).filter((d) => d.space === 'reg' && model.occByNameStart !== undefined);
      const decl = one(decls);
      if (!decl) return undefined;
      const uses = instructions.filter((i) => i.operands.some((o) => o.names.some((n) => n.text.startsWith(decl.name))));
      if (uses.length === 0) return undefined;
      if (kind === 'rename-declaration') return made(splice(text, decl.nameStart, decl.nameStart + decl.name.length, `${decl.name}x`), uses[0].start);
      const s = model.stmtStart[decl.stmt];
      const e = text.indexOf(';', s) + 1;
      return made(splice(text, s, e, ''), uses[0].start - (e - s));
    }
    case 'misspell-modifier': {
      const instruction = one(instructions.filter((i) => i.modifiers.some((m) => m.text.length > 3)));
      const modifier = instruction && one(instruction.modifiers.filter((m) => m.text.length > 3));
      if (!instruction || !modifier) return undefined;
      const k = 1 + pick(modifier.text.length - 2);
      const swapped = modifier.text.slice(0, k) + modifier.text[k + 1] + modifier.text[k] + modifier.text.slice(k + 2);
      if (swapped === modifier.text) return undefined;
      return made(splice(text, modifier.start, modifier.end, swapped), modifier.start);
    }
    case 'swap-type': {
      const candidates = instructions.flatMap((i) => i.modifiers.filter((m) => TYPE_SWAPS[m.text.slice(1)]));
      const modifier = one(candidates);
      if (!modifier) return undefined;
      return made(splice(text, modifier.start, modifier.end, `.${TYPE_SWAPS[modifier.text.slice(1)]}`), modifier.start);
    }
    case 'break-label': {
      const label = one(instructions.flatMap((i) => i.operands.filter((o) => o.kind === 'label')));
      if (!label) return undefined;
      return made(splice(text, label.start, label.end, `${label.text}_gone`), label.start);
    }
    case 'vector-size': {
      const vector = one(instructions.flatMap((i) => i.modifiers.filter((m) => /^\.v[24]$/.test(m.text))));
      if (!vector) return undefined;
      return made(splice(text, vector.start, vector.end, vector.text === '.v4' ? '.v3' : '.v3'), vector.start);
    }
    case 'register-class': {
      const names = instructions.flatMap((i) => i.operands.flatMap((o) => o.names.filter((n) => /^%(r|rd|f|fd|p|rs)\d+$/.test(n.text))));
      const name = one(names);
      if (!name) return undefined;
      const other = name.text.startsWith('%rd') ? name.text.replace('%rd', '%p') : name.text.startsWith('%p') ? name.text.replace('%p', '%rd') : name.text.replace(/^%(r|f|fd|rs)/, '%rd');
      return made(splice(text, name.start, name.end, other), name.start);
    }
    case 'lower-version': {
      const m = /^\.version\s+(\d+\.\d+)/m.exec(text);
      if (!m) return undefined;
      const lower = PTX_VERSIONS[Math.max(0, PTX_VERSIONS.indexOf(m[1]) - 1 - pick(3))];
      return made(splice(text, m.index + m[0].length - m[1].length, m.index + m[0].length, lower), m.index);
    }
    case 'lower-target': {
      const m = /^\.target\s+(sm_\w+)/m.exec(text);
      const lower = m && LOWER_TARGET[m[1]];
      if (!m || !lower) return undefined;
      return made(splice(text, m.index + m[0].length - m[1].length, m.index + m[0].length, lower), m.index, lower);
    }
    case 'delete-operand': {
      const instruction = one(instructions.filter((i) => i.operands.length >= 2));
      if (!instruction) return undefined;
      const last = instruction.operands[instruction.operands.length - 1];
      const before = instruction.operands[instruction.operands.length - 2];
      return made(splice(text, before.end, last.end, ''), instruction.start);
    }
  }
}
