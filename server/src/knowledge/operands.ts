/**
 * Which written operand is which. An entry documents its operands by name (`[dstMem]`,
 * `tensorMap`, `a-desc` …) and its syntax forms say where each name goes, e.g.
 * `[dstMem], [tensorMap, tensorCoords], [mbar]{, im2colInfo}{, cache-policy};`. Counting
 * written operands against the operand list goes wrong as soon as one operand holds several
 * names, so this module reads the forms, picks the one the written instruction fits best and
 * pairs each written operand, and each element of a composite one, with its documentation.
 * Pure: data in, data out; it never throws. The notation itself is read in `operandSyntax.ts`.
 */
import type { InstructionDoc, OperandDoc } from './schema';
import { readWritten, syntaxOf, type Alternative, type Form, type Shape, type Slot, type Written } from './operandSyntax';

/** An element of a composite written operand, with its offsets inside the operand's text. */
export interface OperandPart {
  start: number;
  end: number;
  text: string;
  doc?: OperandDoc;
}

/** One written operand and what the entry says about it. */
export interface OperandMatch {
  /** The operand as written, e.g. `[%rd1, {%r1, %r2}]`. */
  text: string;
  /** The documentation of the whole operand; absent when the syntax names only its elements. */
  doc?: OperandDoc;
  /**
   * For an operand with two or more elements (`[map, {x, y}]`, `{a, b}`, `p|q`): the elements,
   * each with its own documentation when the syntax names it.
   */
  parts?: OperandPart[];
}

/** The cost of a required slot left empty or a written operand with no slot to go to. */
const MISSING_OPERAND = -100;
/** The same inside an address: `[tensorMap, tensorCoords]` written as `[%rd1]`. */
const MISSING_ELEMENT = -4;

/** How well a written shape fits a slot shape: rows are the slot, columns what was written. */
const SHAPE_FIT: Record<Shape, Record<Shape, number>> = {
  address: { address: 3, vector: -5, list: -5, pair: -5, plain: -5 },
  vector: { address: -5, vector: 3, list: -5, pair: -5, plain: -2 },
  list: { address: -5, vector: -5, list: 3, pair: -5, plain: -3 },
  pair: { address: -5, vector: -3, list: -5, pair: 3, plain: -1 },
  // A plain name may stand for a vector (`d` of `ld.v4`, fragments of `mma`), never for an address.
  plain: { address: -3, vector: 0, list: -5, pair: -3, plain: 1 },
};

/**
 * Optional operands that come with a modifier: written exactly when the modifier is. Used to
 * tell which optional slot a written operand fills when several could.
 */
const OPTIONAL_CUES: Array<{ operand: string; modifier: RegExp }> = [
  { operand: 'cache-policy', modifier: /\.L2::cache_hint(\.|$)/ },
  { operand: 'ctamask', modifier: /\.multicast(::|\.|$)/ },
  { operand: 'bytemask', modifier: /\.cp_mask(\.|$)/ },
  { operand: 'im2colinfo', modifier: /\.im2col(::|\.|$)/ },
  { operand: 'scale-factor', modifier: /\.scaled::/ },
];

// ---- scoring ----------------------------------------------------------------------------------

/** A name compared loosely: no brackets, braces or spaces, lower case. */
function keyOf(name: string): string {
  return name.toLowerCase().replace(/[[\]{}()\s]/g, '');
}

/** A value the form fixes instead of naming: `16` in `cp.async.cg`, the sink `_`. */
const isLiteral = (name: string) => /^(\d+|_)$/.test(name);

/** Short names (`d`, `a`, `r`, `d0`) stand for registers or register fragments in the ISA's forms. */
const isShortName = (name: string) => /^[a-z]\d?$/i.test(name);

interface Fit {
  score: number;
  alternative: Alternative;
}

function fitAlternative(alt: Alternative, written: Written): number {
  let score = SHAPE_FIT[alt.shape][written.shape];
  const body = written.text.trim();
  if (alt.shape === 'plain') {
    if (isLiteral(alt.name)) score += body === alt.name ? 3 : alt.name === '_' ? -3 : -1;
    else if (body === '_') score -= 2;
    if (alt.name.includes('+')) score += body.includes('+') ? 1 : -1;
    if (written.shape === 'vector' && isShortName(alt.name)) score += 1;
  }
  if (alt.shape === 'address' && written.shape === 'address' && alt.inner.length > 0) {
    score += align(alt.inner, written.elements.map((element) => readWritten(element.text)), MISSING_ELEMENT, '').score;
  }
  if (alt.shape === 'vector' && written.shape === 'vector' && sameCount(alt, written)) score += 1;
  return score;
}

/** True when a vector slot names each element and as many as were written. */
function sameCount(alt: Alternative, written: Written): boolean {
  return alt.inner.length === written.elements.length && !alt.inner.some((slot) => slot.alternatives[0]?.name === '...');
}

function fit(slot: Slot, written: Written): Fit {
  let best: Fit = { score: -Infinity, alternative: slot.alternatives[0] };
  for (const alternative of slot.alternatives) {
    const score = fitAlternative(alternative, written);
    if (score > best.score) best = { score, alternative };
  }
  return best;
}

/** Rewards filling an optional slot whose modifier is written, and leaving out one whose is not. */
function cue(slot: Slot, filled: boolean, mnemonic: string): number {
  const found = OPTIONAL_CUES.find((item) => item.operand === keyOf(slot.alternatives[0]?.name ?? ''));
  if (!found) return 0;
  const present = found.modifier.test(mnemonic);
  if (filled) return present ? 2 : -2;
  return present ? -2 : 0;
}

interface Alignment {
  score: number;
  /** For each written operand, the slot it fills, or -1. */
  slotOf: number[];
}

/**
 * Lines written operands up with slots, in order: each operand fills a slot, optional slots
 * may stay empty. On equal scores an operand fills the earliest slot it can, so when fewer
 * operands are written the later optional slots are the ones left out.
 */
function align(slots: Slot[], written: Written[], missing: number, mnemonic: string): Alignment {
  const n = written.length;
  const m = slots.length;
  // best[i][j]: the best score for written[i…] against slots[j…]; move[i][j]: the step taken.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const move = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let score = -Infinity;
      let step = 0;
      if (i < n && j < m) {
        score = fit(slots[j], written[i]).score + (slots[j].optional ? cue(slots[j], true, mnemonic) : 0) + best[i + 1][j + 1];
      }
      if (j < m) {
        const skipSlot = (slots[j].optional ? cue(slots[j], false, mnemonic) : missing) + best[i][j + 1];
        if (skipSlot > score) [score, step] = [skipSlot, 1];
      }
      if (i < n && missing + best[i + 1][j] > score) [score, step] = [missing + best[i + 1][j], 2];
      best[i][j] = score;
      move[i][j] = step;
    }
  }
  const slotOf = new Array<number>(n).fill(-1);
  for (let i = 0, j = 0; i < n || j < m; ) {
    const step = move[i][j];
    if (step === 0) slotOf[i++] = j++;
    else if (step === 1) j++;
    else i++;
  }
  return { score: best[0][0], slotOf };
}

/**
 * How well a form's mnemonic fits the written one: the first part, each written modifier the
 * form spells out or lists under one of its placeholders, less each fixed modifier not written.
 */
function modifierFit(template: string, mnemonic: string, placeholders: Map<string, string[]>): number {
  const written = mnemonic.split('.');
  const parts = written.slice(1).map((part) => `.${part}`);
  const head = /^[^.{]*/.exec(template)?.[0] ?? '';
  let score = head === written[0] ? 2 : placeholders.has(head) ? 0 : -2;
  const matches = (token: string, part: string) => part === token || part.startsWith(`${token}::`);
  const tokens = template.match(/\.[A-Za-z0-9_][\w:]*/g) ?? [];
  const spellings = tokens.flatMap((token) => [token, ...(placeholders.get(token) ?? [])]);
  for (const part of parts) if (spellings.some((token) => matches(token, part))) score += 1;
  const required = template.replace(/\{[^{}]*\}/g, '').match(/\.[A-Za-z0-9_][\w:]*/g) ?? [];
  for (const token of required) {
    if (!placeholders.has(token) && !parts.some((part) => matches(token, part))) score -= 1;
  }
  return score;
}

// ---- naming -----------------------------------------------------------------------------------

/** The doc a syntax name refers to: by whole name, then by a piece of a combined doc name. */
function docNamed(docs: readonly OperandDoc[], name: string): OperandDoc | undefined {
  const key = keyOf(name);
  if (!key || key === '...') return undefined;
  const stem = key.replace(/(?<=.)[+.].*$/, ''); // `avar+imm` → `avar`, `d.dsel` → `d`
  const bare = stem.replace(/(?<=[a-z])\d+$/, ''); // `d0` → `d`
  for (const wanted of new Set([key, stem, bare])) {
    const whole = docs.find((doc) => keyOf(doc.name) === wanted);
    if (whole) return whole;
    // Combined doc names: `e, f`, `a / sh`, `{byte-id-*, thread-id-*}`.
    const piece = docs.find((doc) =>
      doc.name.split(/[,/]/).some((raw) => {
        const part = keyOf(raw);
        return part === wanted || (part.includes('*') && globOf(part).test(wanted));
      }),
    );
    if (piece) return piece;
  }
  return undefined;
}

function globOf(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^,]*')}$`);
}

/** The doc of a whole slot; for a vector or one-name address, the doc all its names share. */
function alternativeDoc(docs: readonly OperandDoc[], alt: Alternative): OperandDoc | undefined {
  const own = docNamed(docs, alt.name);
  if (own || alt.shape === 'pair' || alt.shape === 'plain') return own;
  const named = alt.inner.map((slot) => slot.alternatives[0]?.name ?? '').filter((name) => name && name !== '...');
  if (alt.shape === 'address' && named.length !== 1) return undefined;
  const inner = named.map((name) => docNamed(docs, name));
  return inner.length > 0 && inner.every((doc) => doc && doc === inner[0]) ? inner[0] : undefined;
}

/** A literal slot takes the doc of the name another form writes in the same place. */
function siblingDoc(docs: readonly OperandDoc[], forms: Form[], index: number): OperandDoc | undefined {
  for (const form of forms) {
    const alt = form.slots[index]?.alternatives[0];
    const doc = alt && !isLiteral(alt.name) ? alternativeDoc(docs, alt) : undefined;
    if (doc) return doc;
  }
  return undefined;
}

/** The elements of a written composite, each with the doc of the name the form gives it. */
function partsOf(docs: readonly OperandDoc[], alt: Alternative, written: Written): OperandPart[] | undefined {
  if (written.elements.length < 2) return undefined;
  const names = new Array<string | undefined>(written.elements.length).fill(undefined);
  if (alt.shape === 'address' && written.shape === 'address') {
    const inner = written.elements.map((element) => readWritten(element.text));
    const { slotOf } = align(alt.inner, inner, MISSING_ELEMENT, '');
    slotOf.forEach((slot, i) => {
      if (slot >= 0) names[i] = fit(alt.inner[slot], inner[i]).alternative.name;
    });
  } else if (alt.shape === written.shape && (alt.shape === 'pair' || sameCount(alt, written))) {
    alt.inner.forEach((slot, i) => (names[i] = slot.alternatives[0]?.name));
  }
  return written.elements.map((element, i) => {
    const doc = names[i] === undefined ? undefined : docNamed(docs, names[i]!);
    return doc ? { ...element, doc } : { ...element };
  });
}

// ---- the entry point --------------------------------------------------------------------------

function positional(entry: InstructionDoc | undefined, written: readonly string[]): OperandMatch[] {
  const docs = entry?.operands ?? [];
  return written.map((text, index) => (docs[index] ? { text, doc: docs[index] } : { text }));
}

function bySyntax(entry: InstructionDoc, mnemonic: string, texts: readonly string[]): OperandMatch[] | undefined {
  const { forms, placeholders } = syntaxOf(entry);
  if (forms.length === 0) return undefined;
  const written = texts.map(readWritten);
  let chosen: { form: Form; alignment: Alignment; modifiers: number } | undefined;
  for (const form of forms) {
    const alignment = align(form.slots, written, MISSING_OPERAND, mnemonic);
    const modifiers = modifierFit(form.template, mnemonic, placeholders);
    // The operands decide; the mnemonic breaks ties; then the form listed first.
    if (!chosen || alignment.score > chosen.alignment.score || (alignment.score === chosen.alignment.score && modifiers > chosen.modifiers)) {
      chosen = { form, alignment, modifiers };
    }
  }
  const { form, alignment } = chosen!;
  const docs = entry.operands ?? [];
  return written.map((item, i) => {
    const text = texts[i];
    const slot = form.slots[alignment.slotOf[i]];
    if (!slot) return { text };
    const { alternative } = fit(slot, item);
    const doc = alternativeDoc(docs, alternative) ?? (isLiteral(alternative.name) ? siblingDoc(docs, forms, alignment.slotOf[i]) : undefined);
    const parts = partsOf(docs, alternative, item);
    return { text, ...(doc ? { doc } : {}), ...(parts ? { parts } : {}) };
  });
}

/** What a match says, without the written text: the docs of each operand and of each of its elements. */
interface MatchShape {
  doc?: OperandDoc;
  partDocs?: Array<OperandDoc | undefined>;
}

/**
 * Matches by entry, keyed by the mnemonic and the operands with every digit run made `0`:
 * `%r12` and `%r3`, `%4` and `%0` take the same slots, so a kernel's thousand `ld.global`
 * instructions are matched once. Bounded: cleared when it grows past `MEMO_LIMIT` keys.
 */
const memo = new WeakMap<InstructionDoc, Map<string, MatchShape[]>>();
const MEMO_LIMIT = 4096;

function matchKey(mnemonic: string, texts: readonly string[]): string {
  return `${mnemonic}\u0000${texts.join('\u0001').replace(/\d+/g, '0')}`;
}

function shapeOfMatches(matches: OperandMatch[]): MatchShape[] {
  return matches.map((m) => ({ ...(m.doc ? { doc: m.doc } : {}), ...(m.parts ? { partDocs: m.parts.map((p) => p.doc) } : {}) }));
}

function fromShape(shapes: MatchShape[], texts: readonly string[]): OperandMatch[] {
  return texts.map((text, i) => {
    const { doc, partDocs } = shapes[i] ?? {};
    const elements = partDocs ? readWritten(text).elements : undefined;
    const parts = elements?.map((element, j) => (partDocs![j] ? { ...element, doc: partDocs![j] } : { ...element }));
    return { text, ...(doc ? { doc } : {}), ...(parts ? { parts } : {}) };
  });
}

/**
 * Pairs each written operand of `mnemonic` with the entry's operand documentation, following
 * the syntax form that fits the written operands best. Falls back to pairing by position when
 * the entry has no readable form. Returns one match per written operand, in order.
 */
export function matchOperands(entry: InstructionDoc | undefined, mnemonic: string, written: readonly string[]): OperandMatch[] {
  const texts = Array.isArray(written) ? written.map((text) => (typeof text === 'string' ? text : String(text ?? ''))) : [];
  if (!entry || texts.length === 0) return positional(entry, texts);
  const name = typeof mnemonic === 'string' ? mnemonic : '';
  let byKey = memo.get(entry);
  if (!byKey) memo.set(entry, (byKey = new Map()));
  const key = matchKey(name, texts);
  const known = byKey.get(key);
  if (known) return fromShape(known, texts);
  let matches: OperandMatch[];
  try {
    matches = bySyntax(entry, name, texts) ?? positional(entry, texts);
  } catch {
    // A form this reader does not understand must not cost the user the rest of the hover.
    matches = positional(entry, texts);
  }
  if (byKey.size >= MEMO_LIMIT) byKey.clear();
  byKey.set(key, shapeOfMatches(matches));
  return matches;
}
