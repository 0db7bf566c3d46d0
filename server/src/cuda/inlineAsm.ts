/**
 * Finds inline PTX in CUDA C++ source: every `asm(...)` / `asm volatile(...)` statement, the
 * PTX text its string literals spell (escapes decoded, adjacent literals joined), and a map
 * from each PTX character back to its offset in the source, so a hover can explain the PTX
 * instruction under the cursor.
 */

export interface AsmBlock {
  /** Offset of the `asm` keyword. */
  start: number;
  /** Offset just past the closing parenthesis (or the end of the scan if it never closes). */
  end: number;
  /** The PTX template: the joined, decoded string literals before the first `:`. */
  template: string;
  /** `sourceOffsets[i]` is the source offset of `template[i]`. */
  sourceOffsets: Int32Array;
}

export interface AsmStatement {
  /** The statement's text in the template, trimmed, `%%` left as written. */
  text: string;
  guard?: string;
  mnemonic?: string;
  operands: string[];
  /** What the cursor is on. */
  at: {
    kind: 'guard' | 'mnemonic' | 'operand' | 'directive' | 'other';
    text: string;
    /** The operand's index, for operands. */
    index?: number;
    /** Where in `text` the cursor is. */
    offset?: number;
  };
}

const IDENT = /[A-Za-z0-9_$]/;

/** Skips a line or block comment, or a string/char literal, starting at `i`; returns the index after it, or `i`. */
function skipTrivia(text: string, i: number): number {
  const c = text[i];
  if (c === '/' && text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (c === '/' && text[i + 1] === '*') {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, text.length);
  }
  return i;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '0': '\0', a: '\x07', v: '\v', f: '\f' };

/** Every inline-asm statement in the source, in order. */
export function findAsmBlocks(text: string): AsmBlock[] {
  const blocks: AsmBlock[] = [];
  let i = 0;
  while (i < text.length) {
    const skipped = skipTrivia(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (text[i] === 'a' || text[i] === '_') {
      const keyword = /^(?:asm|__asm__|__asm)\b/.exec(text.slice(i, i + 8));
      if (keyword && (i === 0 || !IDENT.test(text[i - 1]))) {
        const block = readAsm(text, i, i + keyword[0].length);
        if (block) {
          blocks.push(block);
          i = block.end;
          continue;
        }
      }
    }
    i++;
  }
  return blocks;
}

function readAsm(text: string, start: number, after: number): AsmBlock | undefined {
  let i = after;
  // Qualifiers: volatile, __volatile__, goto, inline.
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const qualifier = /^(?:volatile|__volatile__|goto|inline)\b/.exec(text.slice(i, i + 13));
    if (!qualifier) break;
    i += qualifier[0].length;
  }
  if (text[i] !== '(') return undefined;
  i++;
  let template = '';
  const offsets: number[] = [];
  let inTemplate = true;
  let depth = 1;
  while (i < text.length && depth > 0) {
    const c = text[i];
    if (c === '"' && inTemplate) {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') {
        if (text[i] === '\\' && i + 1 < text.length) {
          template += ESCAPES[text[i + 1]] ?? text[i + 1];
          offsets.push(i);
          i += 2;
        } else {
          template += text[i];
          offsets.push(i);
          i++;
        }
      }
      i++;
      continue;
    }
    const skipped = skipTrivia(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ':' && depth === 1) inTemplate = false;
    i++;
  }
  return { start, end: i, template, sourceOffsets: Int32Array.from(offsets) };
}

/** The block whose template covers a source offset, and the template index there. */
export function asmAt(blocks: readonly AsmBlock[], offset: number): { block: AsmBlock; index: number } | undefined {
  for (const block of blocks) {
    if (offset < block.start || offset > block.end) continue;
    const offsets = block.sourceOffsets;
    for (let index = 0; index < offsets.length; index++) {
      if (offsets[index] === offset) return { block, index };
      if (offsets[index] > offset) return index > 0 && offsets[index - 1] + 1 >= offset ? { block, index: index - 1 } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Splits the template around `index` into the PTX statement there and says what the cursor is on. */
export function asmStatementAt(template: string, index: number): AsmStatement | undefined {
  const isBoundary = (c: string) => c === ';' || c === '\n';
  let from = index;
  while (from > 0 && !isBoundary(template[from - 1])) from--;
  let to = index;
  while (to < template.length && !isBoundary(template[to])) to++;
  // A statement never starts with `{` or `}`: those are the braces of a scoped block.
  while (from < to && /[\s{}]/.test(template[from])) from++;
  if (index < from) return undefined;
  const raw = template.slice(from, to);
  const text = raw.trimEnd();
  if (!text) return undefined;
  const cursor = index - from;
  const statement: AsmStatement = { text, operands: [], at: { kind: 'other', text: '' } };
  const tokens: Array<{ text: string; start: number; kind: AsmStatement['at']['kind']; index?: number }> = [];
  let rest = 0;
  const guard = /^@!?(?:%{1,2})?[\w$]+\s+/.exec(text);
  if (guard) {
    statement.guard = guard[0].trim().replace('%%', '%');
    tokens.push({ text: statement.guard, start: 0, kind: 'guard' });
    rest = guard[0].length;
  }
  const head = /^[.A-Za-z_][\w.:$]*/.exec(text.slice(rest));
  if (head) {
    const kind = head[0].startsWith('.') ? 'directive' : 'mnemonic';
    if (kind === 'mnemonic') statement.mnemonic = head[0];
    tokens.push({ text: head[0], start: rest, kind });
    const operandText = text.slice(rest + head[0].length);
    let depth = 0;
    let current = '';
    let currentStart = rest + head[0].length;
    const flush = (end: number) => {
      const trimmed = current.trim();
      if (trimmed) {
        const start = currentStart + current.indexOf(trimmed);
        tokens.push({ text: trimmed, start, kind: 'operand', index: statement.operands.length });
        statement.operands.push(trimmed.replace(/%%/g, '%'));
      }
      current = '';
      currentStart = end + 1;
    };
    for (let k = 0; k < operandText.length; k++) {
      const c = operandText[k];
      if (c === '[' || c === '(' || c === '{') depth++;
      if (c === ']' || c === ')' || c === '}') depth--;
      if (c === ',' && depth === 0) flush(rest + head[0].length + k);
      else current += c;
    }
    flush(rest + head[0].length + operandText.length);
  }
  const hit = tokens.find((token) => cursor >= token.start && cursor <= token.start + token.text.length);
  if (hit) statement.at = { kind: hit.kind, text: hit.text.replace(/%%/g, '%'), index: hit.index, offset: cursor - hit.start };
  return statement;
}
