/**
 * The knowledge base: every data table, and the look-ups features use. Look-ups are built
 * once, lazily, on first use, so loading the server costs only the data's parse time.
 */
import type { CudaBuiltinDoc, DirectiveDoc, InstructionDoc, PragmaDoc, SpecialRegisterDoc, TermDoc } from './schema';
import { asyncCopyInstructions } from './instructions/asyncCopy';
import { compareLogicInstructions } from './instructions/compareLogic';
import { controlFlowInstructions } from './instructions/controlFlow';
import { dataMovementInstructions } from './instructions/dataMovement';
import { floatInstructions } from './instructions/float';
import { integerInstructions } from './instructions/integer';
import { syncInstructions } from './instructions/sync';
import { tcgen05Instructions } from './instructions/tcgen05';
import { textureSurfaceInstructions } from './instructions/textureSurface';
import { warpgroupMatrixInstructions } from './instructions/warpgroupMatrix';
import { warpMatrixInstructions } from './instructions/warpMatrix';
import { specialRegisters } from './specialRegisters';
import { directives, pragmas } from './directives';
import { terms } from './terms';
import { cudaBuiltins } from './cudaBuiltins';

export * from './schema';
export { ISA_SECTIONS } from './isaOpcodes';
export { matchOperands, type OperandMatch, type OperandPart } from './operands';

export const instructions: readonly InstructionDoc[] = [
  ...integerInstructions,
  ...floatInstructions,
  ...compareLogicInstructions,
  ...dataMovementInstructions,
  ...asyncCopyInstructions,
  ...textureSurfaceInstructions,
  ...controlFlowInstructions,
  ...syncInstructions,
  ...warpMatrixInstructions,
  ...warpgroupMatrixInstructions,
  ...tcgen05Instructions,
];

export { specialRegisters, directives, pragmas, terms, cudaBuiltins };

/** The opcodes an entry documents: its own and its aliases. */
export function opcodesOf(entry: InstructionDoc): string[] {
  return [entry.opcode, ...(entry.aliases ?? [])];
}

interface Candidate {
  parts: string[];
  entry: InstructionDoc;
  select: RegExp | undefined;
}

let byFirstPart: Map<string, Candidate[]> | undefined;

function instructionIndex(): Map<string, Candidate[]> {
  if (byFirstPart) return byFirstPart;
  const index = new Map<string, Candidate[]>();
  for (const entry of instructions) {
    const select = entry.select ? new RegExp(entry.select) : undefined;
    for (const opcode of opcodesOf(entry)) {
      const parts = opcode.split('.');
      const list = index.get(parts[0]) ?? [];
      list.push({ parts, entry, select });
      index.set(parts[0], list);
    }
  }
  byFirstPart = index;
  return index;
}

/** True when every part of `wanted` appears in `written` in order, the first part first. */
function matchesInOrder(wanted: string[], written: string[]): boolean {
  if (wanted[0] !== written[0]) return false;
  let at = 1;
  for (let i = 1; i < wanted.length; i++) {
    while (at < written.length && written[at] !== wanted[i]) at++;
    if (at === written.length) return false;
    at++;
  }
  return true;
}

/**
 * The entry documenting a written mnemonic such as `ld.global.nc.L1::no_allocate.v4.s32`.
 * Among entries whose opcode parts appear in order, those whose `select` matches beat the
 * fallback; then the entry with the most parts wins.
 */
export function findInstruction(mnemonic: string): InstructionDoc | undefined {
  const written = mnemonic.split('.');
  const candidates = instructionIndex().get(written[0]);
  if (!candidates) return undefined;
  let best: Candidate | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    if (!matchesInOrder(candidate.parts, written)) continue;
    if (candidate.select && !candidate.select.test(mnemonic)) continue;
    const score = candidate.parts.length * 2 + (candidate.select ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.entry;
}

/**
 * The modifier and type spellings an entry's syntax forms write, in order of appearance.
 * Placeholders the forms define (`.type = { … }`) are left out: what they stand for is listed on
 * the right of the `=`. Comments in the forms are ignored.
 */
export function syntaxModifiers(entry: InstructionDoc): string[] {
  const placeholders = new Set<string>();
  const tokens = new Set<string>();
  for (const form of entry.syntax) {
    for (const raw of form.split('\n')) {
      const line = raw.replace(/\/\/.*$/, '');
      const definition = /^\s*(\.[\w:]+)\s*=/.exec(line);
      if (definition) placeholders.add(definition[1]);
      for (const match of line.matchAll(/(?<![\w\]%])\.[A-Za-z0-9_][\w:]*/g)) tokens.add(match[0]);
    }
  }
  return [...tokens].filter((token) => !placeholders.has(token));
}

/** Every entry whose opcode starts with `prefix` (for completion and `ptx-lens doc`). */
export function instructionsWithPrefix(prefix: string): InstructionDoc[] {
  return instructions.filter((entry) => opcodesOf(entry).some((opcode) => opcode.startsWith(prefix)));
}

const compiledPatterns = new Map<string, RegExp>();

function patternOf(pattern: string | undefined): RegExp | undefined {
  if (pattern === undefined) return undefined;
  let regExp = compiledPatterns.get(pattern);
  if (!regExp) {
    regExp = new RegExp(`^(?:${pattern})$`);
    compiledPatterns.set(pattern, regExp);
  }
  return regExp;
}

/** Looks a modifier up in a list that has exact names and pattern families. */
export function lookUpNamed<T extends { name: string; pattern?: string }>(list: readonly T[], token: string): T | undefined {
  const exact = list.find((item) => item.name === token);
  if (exact) return exact;
  return list.find((item) => patternOf(item.pattern)?.test(token));
}

/** What a modifier means: in the instruction's own entry first, then in the shared dictionary. */
export function explainModifier(
  entry: InstructionDoc | undefined,
  modifier: string,
): { description: string; summary?: string; from: 'instruction' | 'term' } | undefined {
  const own = entry ? lookUpNamed(entry.modifiers, modifier) : undefined;
  if (own) return { description: own.description, from: 'instruction' };
  const term = lookUpNamed(terms, modifier);
  if (term) return { description: term.description, summary: term.summary, from: 'term' };
  return undefined;
}

export function findTerm(name: string): TermDoc | undefined {
  return lookUpNamed(terms, name);
}

let specialRegisterIndex: Map<string, SpecialRegisterDoc> | undefined;

/** Every special register's spelling (`%tid`, `%pm3_64`, `%envreg17` …) → its entry. */
function specialRegisterByName(): Map<string, SpecialRegisterDoc> {
  specialRegisterIndex ??= new Map(specialRegisters.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])].map((name) => [name, entry] as const)));
  return specialRegisterIndex;
}

/** `%tid.x`, `%tid`, `%pm3`, `%clock_hi` → the special register's entry. */
export function findSpecialRegister(name: string): SpecialRegisterDoc | undefined {
  return specialRegisterByName().get(name.replace(/\.[xyz]$/, ''));
}

/** True for a special register's name without component (`%tid`, `%envreg3`): the parser's test. */
export function isSpecialRegisterName(name: string): boolean {
  return specialRegisterByName().has(name);
}

export function findDirective(name: string): DirectiveDoc | undefined {
  return directives.find((entry) => entry.name === name);
}

export function findPragma(name: string): PragmaDoc | undefined {
  const bare = name.replace(/^"|"$/g, '').replace(/\s*\d+$/, '').replace(/\s+.*$/, '');
  return pragmas.find((entry) => entry.name === bare);
}

export function findCudaBuiltin(name: string): CudaBuiltinDoc | undefined {
  return cudaBuiltins.find((entry) => entry.name === name);
}

export type { CudaBuiltinDoc, DirectiveDoc, InstructionDoc, PragmaDoc, SpecialRegisterDoc, TermDoc };

let firstParts: Set<string> | undefined;

/** The first part of every opcode the knowledge base documents: `ld`, `cp`, `wgmma` … */
export function knownFirstParts(): Set<string> {
  firstParts ??= new Set(instructions.flatMap((entry) => opcodesOf(entry).map((opcode) => opcode.split('.')[0])));
  return firstParts;
}

const modifierVerdicts = new WeakMap<InstructionDoc, Map<string, boolean>>();

/** True when the entry lists the modifier, spells it in a syntax form, or explains it; remembered per entry. */
export function isModifierOf(entry: InstructionDoc, modifier: string): boolean {
  let verdicts = modifierVerdicts.get(entry);
  if (!verdicts) modifierVerdicts.set(entry, (verdicts = new Map()));
  let known = verdicts.get(modifier);
  if (known === undefined) {
    known = isKnownModifier(entry.syntax, entry.modifiers.map((m) => m.name), modifier) || !!explainModifier(entry, modifier);
    verdicts.set(modifier, known);
  }
  return known;
}

function isKnownModifier(syntax: string[], modifiers: string[], modifier: string): boolean {
  if (modifiers.some((m) => m === modifier || m.split(/[\s,/]+/).includes(modifier))) return true;
  const bare = modifier.slice(1);
  return syntax.some((line) => new RegExp(`(^|[^\\w:])\\.?${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:])`).test(line));
}
