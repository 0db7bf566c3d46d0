/**
 * Modifiers an instruction does not have (`ld.global.nc.L1::no_alocate`), marked on the
 * modifier itself, with the nearest spelling the instruction does have as the fix; and types an
 * instruction does not take (`mov.s8`, `setmaxnreg.dec.f64`), which ptxas calls "Unexpected
 * instruction types".
 */
import { explainModifier, findInstruction, findTerm, instructions, isModifierOf, syntaxModifiers, type InstructionDoc } from '../knowledge';
import { nextParts, syntaxForms } from '../knowledge/syntaxForms';
import type { PtxDiagnostic, PtxModel } from '../ptx';
import { eachInstruction } from './walk';

/** A misspelling is offered a fix when the nearest known spelling is at most this many edits away. */
const MAX_EDITS = 2;

interface Unknown {
  /** Offset of the part's dot from the start of the mnemonic. */
  at: number;
  part: string;
  entry: InstructionDoc;
  suggestion?: string;
  /** A type the instruction does not take (rather than a spelling it does not know). */
  type?: boolean;
}

export function* modifierSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const judge = (mnemonic: string) => {
    const unknown = unknownParts(mnemonic);
    return unknown.length > 0 ? unknown : undefined;
  };
  yield* eachInstruction(model, judge, (_stmt, unknown, start) => {
    for (const u of unknown) {
      const s = start + u.at;
      const e = s + u.part.length;
      out.push({
        start: s,
        end: e,
        range: model.rangeOf(s, e),
        severity: 'error',
        code: u.type ? 'ptx-unexpected-type' : 'ptx-unknown-modifier',
        message: u.type
          ? `${u.entry.opcode} does not take the type '${u.part}'${u.suggestion ? ` (it takes ${u.suggestion} …)` : ''}.`
          : `'${u.part}' is not a modifier of ${u.entry.opcode}${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}.`,
        ...(u.suggestion && !u.type ? { fix: { title: `Change to '${u.suggestion}'`, edits: [{ start: s, end: e, newText: u.suggestion }] } } : {}),
      });
    }
  });
  return out;
}

/** The parts of a mnemonic its instruction does not know, with where they are. */
function unknownParts(mnemonic: string): Unknown[] {
  const entry = findInstruction(mnemonic);
  if (!entry) return [];
  const parts = mnemonic.split('.');
  const out: Unknown[] = [];
  let at = parts[0].length;
  for (let i = 1; i < parts.length; i++) {
    const part = `.${parts[i]}`;
    if (!isModifierOf(entry, part)) out.push({ at, part, entry, suggestion: nearest(entry, parts.slice(0, i), part) });
    else if (findTerm(part)?.kind === 'type' && !familySpellings(entry).has(part)) {
      const types = [...familySpellings(entry)].filter((t) => findTerm(t)?.kind === 'type');
      // Only where the entry lists its types: otherwise nothing is known to be missing.
      if (types.length > 0) out.push({ at, part, entry, type: true, suggestion: types.slice(0, 4).join(', ') });
    }
    at += part.length;
  }
  return out;
}

const spellings = new WeakMap<InstructionDoc, Set<string>>();

/** Every spelling the entry itself writes: in its syntax forms (with their definitions) and its modifier list. */
function ownSpellings(entry: InstructionDoc): Set<string> {
  let own = spellings.get(entry);
  if (!own) {
    own = new Set([...syntaxModifiers(entry), ...entry.modifiers.map((m) => m.name), ...syntaxForms(entry).flatMap((f) => f.slots.flatMap((slot) => slot.options))]);
    for (const m of entry.modifiers) for (const piece of m.name.split(/[\s,/{}]+/)) if (piece.startsWith('.')) own.add(piece);
    spellings.set(entry, own);
  }
  return own;
}

const families = new WeakMap<InstructionDoc, Set<string>>();

/**
 * The spellings of every entry that documents the same opcode (integer, floating-point,
 * half-precision `add` …): a type is only held against a mnemonic when no page of that opcode
 * lists it.
 */
function familySpellings(entry: InstructionDoc): Set<string> {
  let all = families.get(entry);
  if (!all) {
    all = new Set<string>();
    for (const other of instructions) if (other.opcode === entry.opcode || (other.aliases ?? []).includes(entry.opcode)) for (const s of ownSpellings(other)) all.add(s);
    families.set(entry, all);
  }
  return all;
}

/** The known spelling closest to `part` (those that may come at its place first), if it is close. */
function nearest(entry: InstructionDoc, before: string[], part: string): string | undefined {
  const candidates = [...(nextParts(entry, before) ?? []), ...syntaxModifiers(entry), ...entry.modifiers.filter((m) => !m.pattern).map((m) => m.name)];
  let best: string | undefined;
  let bestDistance = MAX_EDITS + 1;
  for (const candidate of candidates) {
    if (candidate.includes('N') && /^\.m\d+nNk/.test(candidate)) continue;
    const d = editDistance(candidate, part, bestDistance);
    if (d < bestDistance && (explainModifier(entry, candidate) || isModifierOf(entry, candidate))) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Edit distance counting a swap of two neighbours as one edit; gives up (returns `limit`) once it is clearly at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
      smallest = Math.min(smallest, row[j]);
    }
    if (smallest >= limit) return limit;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}
