/**
 * Reads the ISA's syntax notation as the knowledge base writes it in `InstructionDoc.syntax`.
 * A form such as `cp.async.bulk.tensor.dim.dst.src{.load_mode}… [dstMem], [tensorMap,
 * tensorCoords], [mbar]{, im2colInfo}{, cache-policy};` becomes a mnemonic template and a list
 * of operand slots; a placeholder definition (`.dim = { .1d, .2d, … }`) becomes the list of
 * spellings it allows. Written operands are taken apart the same way, with offsets, so
 * `operands.ts` can line the two up.
 */
import type { InstructionDoc } from './schema';

export type Shape = 'address' | 'vector' | 'list' | 'pair' | 'plain';

/** One spelling a slot allows: `a-desc` or `[a-tmem]` in `a-desc|[a-tmem]`. */
export interface Alternative {
  /** As the form writes it: `[dstMem]`, `{byte-id-a, thread-id-a}`, `avar+imm`. */
  name: string;
  shape: Shape;
  /** The names inside its brackets or braces, or the two halves of a `p|q` pair. */
  inner: Slot[];
}

/** One operand position in a syntax form. */
export interface Slot {
  alternatives: Alternative[];
  /** Written in the form as `{, name}` (or `{name,}` inside an address). */
  optional: boolean;
}

export interface Form {
  /** The mnemonic with placeholders: `cp.async.bulk.tensor.dim.dst.src{.load_mode}…`. */
  template: string;
  slots: Slot[];
}

/** An entry's forms, and each placeholder with the spellings its definition lists. */
export interface Syntax {
  forms: Form[];
  placeholders: Map<string, string[]>;
}

/** A piece of a written operand, with its offsets in the operand's text. */
export interface Element {
  start: number;
  end: number;
  text: string;
}

/** A written operand taken apart. */
export interface Written {
  text: string;
  shape: Shape;
  /** The elements inside its brackets or braces, or the halves of a pair. */
  elements: Element[];
}

const OPENERS = '[{(';
const CLOSERS = ']})';

function shapeOf(open: string): Shape {
  return open === '[' ? 'address' : open === '{' ? 'vector' : 'list';
}

/** Index of the bracket closing the one at `open`, or `text.length` when it is never closed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPENERS.includes(text[i])) depth++;
    else if (CLOSERS.includes(text[i]) && --depth === 0) return i;
  }
  return text.length;
}

/** Splits at `separator` outside brackets; pieces are trimmed, empty ones dropped. */
function splitTop(text: string, separator: string, offset = 0): Element[] {
  const pieces: Element[] = [];
  let depth = 0;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const start = offset + from + raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) pieces.push({ start, end: start + trimmed.length, text: trimmed });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return pieces;
}

// ---- syntax forms -----------------------------------------------------------------------------

/** A line defining a placeholder: `.type = { … }`, `vop = { … }`, `::dimension = { … }`. */
const DEFINITION = /^((?:\.|::)?[A-Za-z_][\w:.-]*)\s*=/;

const syntaxCache = new WeakMap<InstructionDoc, Syntax>();

/** The entry's syntax forms and placeholder definitions, read once per entry. */
export function syntaxOf(entry: InstructionDoc): Syntax {
  const cached = syntaxCache.get(entry);
  if (cached) return cached;
  const syntax: Syntax = { forms: [], placeholders: new Map() };
  let statement = '';
  const flush = () => {
    const form = readForm(statement);
    if (form) syntax.forms.push(form);
    statement = '';
  };
  // A form may run over several lines (mnemonic on one, operands on the next) and ends at `;`.
  for (const raw of (entry.syntax ?? []).join('\n').split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    const definition = DEFINITION.exec(line);
    if (definition) {
      flush();
      const values = line.slice(definition[0].length).match(/\.[A-Za-z0-9_][\w:]*/g) ?? [];
      syntax.placeholders.set(definition[1], [...(syntax.placeholders.get(definition[1]) ?? []), ...values]);
      continue;
    }
    statement += ` ${line}`;
    if (line.endsWith(';')) flush();
  }
  flush();
  syntaxCache.set(entry, syntax);
  return syntax;
}

function readForm(statement: string): Form | undefined {
  // The guard some forms show (`@p bra tgt;`) is not part of the mnemonic.
  const text = statement.trim().replace(/;\s*$/, '').replace(/^@!?\S+\s+/, '');
  let depth = 0;
  let end = 0;
  for (; end < text.length; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}') depth--;
    else if (/\s/.test(text[end]) && depth <= 0) break;
  }
  const template = text.slice(0, end);
  return template ? { template, slots: readSlots(text.slice(end)) } : undefined;
}

/**
 * The slots of an operand list. `{, name}` is an optional slot, `{b,}` an optional one inside
 * an address; `{.unified}`, `{.asel}`, `{!}` and `{-}` decorate an operand and are dropped;
 * any other `{…}` is a vector.
 */
function readSlots(text: string): Slot[] {
  const slots: Slot[] = [];
  let current = '';
  const push = (piece: string, optional: boolean) => {
    const trimmed = piece.trim();
    if (trimmed) slots.push({ alternatives: readAlternatives(trimmed), optional });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      const end = closing(text, i);
      const content = text.slice(i + 1, end).trim();
      if (content.startsWith(',') || content.endsWith(',')) {
        push(current, false);
        current = '';
        for (const name of content.split(',')) push(name, true);
      } else if (!/^[.!:|-]/.test(content) && !current.trim()) {
        current += text.slice(i, end + 1);
      }
      i = end;
    } else if (c === '[' || c === '(') {
      const end = closing(text, i);
      current += text.slice(i, end + 1);
      i = end;
    } else if (c === ',') {
      push(current, false);
      current = '';
    } else current += c;
  }
  push(current, false);
  return slots;
}

function readAlternatives(text: string): Alternative[] {
  // `d[|p]`: a destination with an optional predicate written after a `|`.
  const optionalPair = /^([^[]+)\[\|([^\]]+)\]$/.exec(text);
  if (optionalPair) {
    const first = optionalPair[1].trim();
    return [alternative(first), pair(`${first}|${optionalPair[2].trim()}`)];
  }
  const pieces = splitTop(text, '|');
  if (pieces.length < 2) return [alternative(text)];
  // `a-desc|[a-tmem]` offers a choice; `p|q` of plain names is a pair written together.
  return pieces.some((piece) => OPENERS.includes(piece.text[0])) ? pieces.map((piece) => alternative(piece.text)) : [pair(text)];
}

function pair(text: string): Alternative {
  return { name: text, shape: 'pair', inner: splitTop(text, '|').map((piece) => ({ alternatives: [alternative(piece.text)], optional: false })) };
}

function alternative(text: string): Alternative {
  if (!OPENERS.includes(text[0])) return { name: text, shape: 'plain', inner: [] };
  return { name: text, shape: shapeOf(text[0]), inner: readSlots(text.slice(1, closing(text, 0))) };
}

// ---- written operands -------------------------------------------------------------------------

/** Takes a written operand apart: `[%rd1, {%r1, %r2}]` is an address of two elements. */
export function readWritten(text: string): Written {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  // `%p|%q`, and `{%f1, %f2, %f3, %f4}|%p` of `tex`: two destinations written together.
  const halves = splitTop(body, '|', lead);
  if (halves.length === 2) return { text, shape: 'pair', elements: halves };
  const open = body.charAt(0);
  if (!open || !OPENERS.includes(open)) return { text, shape: 'plain', elements: [] };
  return { text, shape: shapeOf(open), elements: splitTop(body.slice(1, closing(body, 0)), ',', lead + 1) };
}
