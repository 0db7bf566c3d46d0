/**
 * Modifiers an instruction does not have (`ld.global.nc.L1::no_alocate`), marked on the
 * modifier itself, with the nearest spelling the instruction does have as the fix.
 */
import { explainModifier, findInstruction, isModifierOf, syntaxModifiers, type InstructionDoc } from '../knowledge';
import { nextParts } from '../knowledge/syntaxForms';
import { StatementKind, type PtxDiagnostic, type PtxModel } from '../ptx';

const STATEMENTS_PER_STEP = 8192;

/** A misspelling is offered a fix when the nearest known spelling is at most this many edits away. */
const MAX_EDITS = 2;

interface Unknown {
  /** Offset of the part's dot from the start of the mnemonic. */
  at: number;
  part: string;
  entry: InstructionDoc;
  suggestion?: string;
}

export function* modifierSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const verdicts = new Map<number, Unknown[]>();
  const kinds = model.stmtKind;
  const text = model.text;
  for (let stmt = 0; stmt < kinds.length; stmt++) {
    if (stmt % STATEMENTS_PER_STEP === STATEMENTS_PER_STEP - 1) yield;
    if (kinds[stmt] !== StatementKind.Instruction) continue;
    const id = model.stmtAux[stmt];
    let unknown = verdicts.get(id);
    if (!unknown) verdicts.set(id, (unknown = unknownParts(model.names[id])));
    if (unknown.length === 0) continue;
    const mnemonic = model.names[id];
    const start = text.indexOf(mnemonic, model.stmtStart[stmt]);
    if (start < 0) continue;
    for (const u of unknown) {
      const s = start + u.at;
      const e = s + u.part.length;
      out.push({
        start: s,
        end: e,
        range: model.rangeOf(s, e),
        severity: 'error',
        code: 'ptx-unknown-modifier',
        message: `'${u.part}' is not a modifier of ${u.entry.opcode}${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}.`,
        ...(u.suggestion ? { fix: { title: `Change to '${u.suggestion}'`, edits: [{ start: s, end: e, newText: u.suggestion }] } } : {}),
      });
    }
  }
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
    at += part.length;
  }
  return out;
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
