/**
 * Markdown for knowledge-base entries: the full page (`ptx-lens doc`, completion details) and
 * the hover for one written instruction, which explains the parts of *that* occurrence first.
 */
import { conceptsFor, type ConceptNote } from '../knowledge/concepts';
import {
  explainModifier,
  matchOperands,
  PTX_DOC_BASE,
  type DirectiveDoc,
  type InstructionDoc,
  type OperandDoc,
  type PragmaDoc,
  type SpecialRegisterDoc,
  type TermDoc,
} from '../knowledge';

/** One instruction as written in a file: what the hover explains. */
export interface InstructionOccurrence {
  /** The whole mnemonic, e.g. `ld.global.nc.v4.s32`. */
  mnemonic: string;
  /** The guard as written (`@%p1`, `@!%p2`), if any. */
  guard?: string;
  /** Operands as written, in order. */
  operands: string[];
}

const ROLE_LABEL: Record<OperandDoc['role'], string> = {
  destination: 'destination',
  source: 'source',
  address: 'address',
  predicate: 'predicate',
  label: 'target',
  other: 'operand',
};

/** Inline code in markdown (a backtick inside is shown as a look-alike so it cannot end the span). */
export const code = (text: string) => `\`${text.replace(/`/g, 'ˋ')}\``;

export function docLink(anchor: string, label = 'PTX ISA reference'): string {
  return `[${label}](${PTX_DOC_BASE}${anchor})`;
}

function versionLine(introduced: string, minTarget: string): string {
  const target = minTarget === 'all' ? 'all targets' : `${minTarget} or newer`;
  return `PTX ISA ${introduced}+ · ${target}`;
}

/**
 * The target notes that concern this occurrence: those naming a modifier or type it uses. The
 * full list stays on the entry's page; the hover's first screen shows only what applies here.
 */
function namesWrittenPart(text: string, mnemonic: string): boolean {
  const written = mnemonic.split('.').slice(1).map((part) => `.${part}`);
  const named = text.match(/\.[A-Za-z0-9_][\w:]*/g) ?? [];
  return named.some((token) => written.some((part) => part === token || part.startsWith(`${token}::`)));
}

function targetNotes(entry: InstructionDoc, mnemonic: string): string[] {
  const versions = (entry.versionNotes ?? [])
    .filter((note) => namesWrittenPart(note.change, mnemonic))
    .map((note) => `${oneLine(note.change)}: PTX ISA ${note.version}`);
  const targets = (entry.targetNotes ?? [])
    .filter((note) => namesWrittenPart(note.requirement, mnemonic))
    .map((note) => `${oneLine(note.requirement)}: ${note.target}`);
  return [...versions, ...targets];
}

/** The parts of a written mnemonic after its first, each with what it means here. */
export function explainParts(entry: InstructionDoc | undefined, mnemonic: string): Array<{ part: string; meaning: string }> {
  const parts = mnemonic.split('.').slice(1).map((part) => `.${part}`);
  const opcodeParts = new Set((entry?.opcode ?? '').split('.').slice(1).map((part) => `.${part}`));
  const rows: Array<{ part: string; meaning: string }> = [];
  for (const part of parts) {
    const explained = explainModifier(entry, part);
    // The instruction's own words fit this occurrence; a shared term's one-line summary keeps the table short.
    const shape = /^\.m(\d+)n(\d+)k(\d+)$/.exec(part);
    if (explained && shape) {
      // A shape's entry describes every shape; say what this one is, then the first sentence.
      rows.push({ part, meaning: `M × N × K = ${shape[1]} × ${shape[2]} × ${shape[3]}. ${firstSentence(explained.description)}` });
    } else if (explained) rows.push({ part, meaning: oneLine(explained.from === 'term' && explained.summary ? explained.summary : explained.description) });
    else if (!opcodeParts.has(part)) rows.push({ part, meaning: 'not a modifier this instruction documents' });
    // A part of the instruction's own name with nothing more to say is left out.
  }
  return rows;
}

/** One operand's role and meaning, for the hover's operand list. */
function operandRole(doc: OperandDoc): string {
  return `*${ROLE_LABEL[doc.role]}* ${code(doc.name)}: ${oneLine(doc.description)}`;
}

/**
 * The hover's operand list: each written operand with its role, and under a composite one
 * (`[map, {x, y}]`, `p|q`) the elements the syntax names separately.
 */
function operandLines(entry: InstructionDoc, occurrence: InstructionOccurrence): string[] {
  const lines: string[] = [];
  for (const { text, doc, parts } of matchOperands(entry, occurrence.mnemonic, occurrence.operands)) {
    lines.push(doc ? `- ${code(text)} — ${operandRole(doc)}` : `- ${code(text)}`);
    for (const part of parts ?? []) {
      if (part.doc && part.doc !== doc) lines.push(`  - ${code(part.text)} — ${operandRole(part.doc)}`);
    }
  }
  return lines;
}

function firstSentence(text: string): string {
  const line = oneLine(text);
  const end = line.search(/\.\s/);
  return end < 0 ? line : line.slice(0, end + 1);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The hover for one written instruction: short first screen, details after a rule. */
export function instructionHover(entry: InstructionDoc | undefined, occurrence: InstructionOccurrence, focus?: string): string {
  const lines: string[] = [];
  if (!entry) {
    lines.push(`${code(occurrence.mnemonic)} — not an instruction of PTX ISA 9.0`);
    return lines.join('\n');
  }
  lines.push(`**${entry.opcode}** — ${entry.summary}`, '');
  const parts = explainParts(entry, occurrence.mnemonic);
  if (parts.length > 0) {
    lines.push('| part | meaning here |', '|---|---|');
    for (const { part, meaning } of parts) {
      const cell = part === focus ? `**${code(part)}**` : code(part);
      lines.push(`| ${cell} | ${escapeCell(meaning)} |`);
    }
    lines.push('');
  }
  if (occurrence.guard) {
    const negated = occurrence.guard.startsWith('@!');
    lines.push(`${code(occurrence.guard)} guard: runs only in threads where ${code(occurrence.guard.replace(/^@!?/, ''))} is ${negated ? 'false' : 'true'}`, '');
  }
  const operands = operandLines(entry, occurrence);
  if (operands.length > 0) lines.push(...operands, '');
  const facts = [versionLine(entry.introduced, entry.minTarget), ...targetNotes(entry, occurrence.mnemonic)];
  lines.push(`${facts.join(' · ')} · ${docLink(entry.anchor)}`);
  const notes = conceptLine(occurrence.mnemonic);
  if (notes) lines.push('', notes);
  lines.push('', '---', '', entry.description, '', '```ptx', ...entry.syntax, '```');
  return lines.join('\n');
}

/** The concept notes that explain an instruction, by title, and how to read them. */
export function conceptLine(mnemonic: string): string | undefined {
  const notes = conceptsFor(mnemonic).slice(0, 2);
  if (notes.length === 0) return undefined;
  return `Concepts: ${notes.map((n) => `*${n.title}* (${code(`concept:${n.name}`)})`).join(', ')} — *PTX Lens: Open Concept*, or \`ptx-lens doc concept:…\``;
}

/** A concept note as a page. */
export function conceptPage(note: ConceptNote): string {
  return [`# ${note.title}`, '', `*${note.summary}*`, '', note.body, '', `Explains: ${note.related.map(code).join(', ')}`, '', `Sources: ${note.sources.join('; ')}`].join('\n');
}

/** The full page for an instruction entry. */
export function instructionPage(entry: InstructionDoc): string {
  const lines = [`# ${entry.opcode}`, '', `${entry.summary}.`, '', entry.description, '', '## Syntax', '', '```ptx', ...entry.syntax, '```', ''];
  if (entry.operands.length > 0) {
    lines.push('## Operands', '');
    for (const operand of entry.operands) lines.push(`- ${code(operand.name)} (${ROLE_LABEL[operand.role]}): ${oneLine(operand.description)}`);
    lines.push('');
  }
  if (entry.modifiers.length > 0) {
    lines.push('## Modifiers and types', '');
    for (const modifier of entry.modifiers) lines.push(`- ${code(modifier.name)}: ${oneLine(modifier.description)}`);
    lines.push('');
  }
  if (entry.semantics) lines.push('## Semantics', '', '```', entry.semantics, '```', '');
  lines.push('## Versions and targets', '', `- Introduced in PTX ISA ${entry.introduced}.`);
  for (const note of entry.versionNotes ?? []) lines.push(`- PTX ISA ${note.version}: ${oneLine(note.change)}`);
  lines.push(`- Minimum target: ${entry.minTarget === 'all' ? 'all targets' : entry.minTarget}.`);
  for (const note of entry.targetNotes ?? []) lines.push(`- ${oneLine(note.requirement)}: ${note.target}.`);
  lines.push('', '## From CUDA', '', entry.cuda, '', '## Example', '', `${entry.example.caption} (\`.target ${entry.example.target}\`)`, '');
  lines.push('```ptx', entry.example.code.trim(), '```', '', docLink(entry.anchor));
  return lines.join('\n');
}

export function specialRegisterPage(entry: SpecialRegisterDoc, written?: string): string {
  const component = written && /\.[xyz]$/.test(written) ? written.slice(-1) : undefined;
  const lines = [`**${written ?? entry.name}** — ${entry.summary}`, ''];
  lines.push(`Type ${code(entry.type)}${entry.components ? ` · components ${entry.components.map((c) => code(`.${c}`)).join(' ')}` : ''}${component ? ` (this is the ${code(component)} component)` : ''}`, '');
  lines.push(entry.description, '', `From CUDA: ${entry.cuda}`, '', `${versionLine(entry.introduced, entry.minTarget)} · ${docLink(entry.anchor)}`);
  return lines.join('\n');
}

export function directivePage(entry: DirectiveDoc): string {
  return [
    `**${entry.name}** — ${entry.summary}`,
    '',
    entry.description,
    '',
    '```ptx',
    ...entry.syntax,
    '```',
    '',
    `From CUDA: ${entry.cuda}`,
    '',
    `${versionLine(entry.introduced, entry.minTarget)} · ${docLink(entry.anchor)}`,
  ].join('\n');
}

export function pragmaPage(entry: PragmaDoc): string {
  return [`**.pragma "${entry.name}"** — ${entry.summary}`, '', entry.description, '', `${versionLine(entry.introduced, entry.minTarget)} · ${docLink(entry.anchor)}`].join('\n');
}

export function termPage(entry: TermDoc, written = entry.name): string {
  const facts = [entry.introduced ? `PTX ISA ${entry.introduced}+` : undefined, entry.minTarget ? `${entry.minTarget} or newer` : undefined].filter(Boolean);
  return [`**${written}** — ${entry.summary}`, '', entry.description, '', [...facts, docLink(entry.anchor)].join(' · ')].join('\n');
}
