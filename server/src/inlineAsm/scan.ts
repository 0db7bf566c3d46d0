/**
 * Reads GNU inline assembly out of CUDA C++ source: every `asm`, `asm volatile`, `__asm__
 * __volatile__` statement, with its template (adjacent literals joined, escapes decoded,
 * `#define`d string macros of the same file expanded), a map from each template character
 * back to the source, and the operand lists after the colons: outputs, inputs (each with its
 * optional `[name]`, its constraint and the C++ expression exactly as written) and clobbers.
 *
 * A lexical scan, not a C++ parser: it skips comments, strings and character literals, and
 * treats a backslash-newline (a macro body's line continuation) as white space.
 */
import { isSpace, skipBalanced, skipSpace, skipTrivia } from './cxxText';

export interface Span {
  start: number;
  end: number;
}

export interface AsmOperand {
  /** The number the template uses for it: `%0` is the first output. */
  index: number;
  output: boolean;
  /** `[name]` of a symbolic operand, without brackets. */
  name?: string;
  /** The constraint as decoded (`=r`, `+l`, `n`). */
  constraint: string;
  /** The constraint literal, quotes included. */
  constraintSpan: Span;
  /** The C++ expression inside the parentheses, exactly as written (trimmed). */
  expression: string;
  expressionSpan: Span;
  /** From the start of `[name]` or the constraint to the closing parenthesis. */
  span: Span;
}

export interface AsmClobber {
  text: string;
  span: Span;
}

export interface AsmStatement {
  /** From the `asm` keyword to just past its closing parenthesis. */
  span: Span;
  volatile: boolean;
  /** The PTX template as the compiler sees it (`%%` and `%0` still as written). */
  template: string;
  /** `templateSource[i]` is the source offset of `template[i]` (a macro's characters map to its name). */
  templateSource: Int32Array;
  /** The string literals of the template, quotes included. */
  literals: Span[];
  /** Names between the literals whose text could not be found (a macro defined elsewhere). */
  hidden: Array<Span & { name: string }>;
  /** Outputs then inputs, in `%N` order. */
  operands: AsmOperand[];
  clobbers: AsmClobber[];
  /** Number of `:` sections written (0 for a basic `asm("...")`). */
  sections: number;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_$]/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', "'": "'", '\\': '\\', '?': '?', '0': '\0', a: '\x07', v: '\v', f: '\f', b: '\b' };

/** A string literal decoded. */
interface Literal extends Span {
  value: string;
}

/** The next comment, string or character literal, or `asm` keyword: the only places the scan stops. */
const LANDMARK = /["']|\/[/*]|(?<![\w$])(?:asm|__asm__|__asm)(?![\w$])/g;

/** Every inline-asm statement of a CUDA source, in order. */
export function findAsmStatements(text: string): AsmStatement[] {
  const macros = stringMacros(text);
  const statements: AsmStatement[] = [];
  const landmark = new RegExp(LANDMARK);
  for (let m = landmark.exec(text); m; m = landmark.exec(text)) {
    const at = m.index;
    if (m[0].length <= 2) {
      // A comment or a literal: skip it whole.
      landmark.lastIndex = Math.max(skipTrivia(text, at), at + 1);
      continue;
    }
    const statement = readStatement(text, at, at + m[0].length, macros);
    if (statement) {
      statements.push(statement);
      landmark.lastIndex = Math.max(statement.span.end, at + 1);
    }
  }
  return statements;
}

/** The statement whose span holds `offset`. */
export function statementAt(statements: readonly AsmStatement[], offset: number): AsmStatement | undefined {
  let lo = 0;
  let hi = statements.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { span } = statements[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.end) lo = mid + 1;
    else return statements[mid];
  }
  return undefined;
}

/** `#define NAME "literal" "literal"…` in the file: the decoded text of each such macro. */
export function stringMacros(text: string): Map<string, string> {
  const macros = new Map<string, string>();
  const define = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(?=")/gm;
  for (let m = define.exec(text); m; m = define.exec(text)) {
    let i = m.index + m[0].length;
    let value = '';
    for (;;) {
      const literal = readLiteral(text, i);
      if (!literal) break;
      value += literal.value;
      i = literal.end;
      while (text[i] === ' ' || text[i] === '\t' || (text[i] === '\\' && text[i + 1] === '\n')) i += text[i] === '\\' ? 2 : 1;
    }
    const lineEnd = text.indexOf('\n', i);
    const rest = text.slice(i, lineEnd < 0 ? text.length : lineEnd).trim();
    if (rest === '' || rest.startsWith('//')) macros.set(m[1], value);
  }
  return macros;
}

const QUALIFIERS = ['volatile', '__volatile__', 'goto', 'inline'];

/** The qualifier (`volatile`, `goto` …) written at `i`, if any. */
function qualifierAt(text: string, i: number): string | undefined {
  for (const word of QUALIFIERS) {
    if (text.startsWith(word, i) && !IDENT.test(text[i + word.length] ?? '')) return word;
  }
  return undefined;
}

function readStatement(text: string, start: number, after: number, macros: Map<string, string>): AsmStatement | undefined {
  let i = skipSpace(text, after);
  let isVolatile = false;
  for (let qualifier = qualifierAt(text, i); qualifier; qualifier = qualifierAt(text, i)) {
    if (qualifier.includes('volatile')) isVolatile = true;
    i = skipSpace(text, i + qualifier.length);
  }
  if (text[i] !== '(') return undefined;
  i = skipSpace(text, i + 1);

  const template: string[] = [];
  const templateSource = templateOffsets;
  templateSource.reset();
  const literals: Span[] = [];
  const hidden: AsmStatement['hidden'] = [];
  for (;;) {
    const literal = readLiteral(text, i, templateSource);
    if (literal) {
      template.push(literal.value);
      literals.push({ start: literal.start, end: literal.end });
      i = skipSpace(text, literal.end);
      continue;
    }
    if (IDENT_START.test(text[i] ?? '')) {
      let end = i;
      while (end < text.length && IDENT.test(text[end])) end++;
      const name = text.slice(i, end);
      const value = macros.get(name);
      if (value !== undefined) {
        template.push(value);
        templateSource.repeat(i, value.length);
      } else {
        hidden.push({ name, start: i, end });
      }
      i = skipSpace(text, end);
      continue;
    }
    break;
  }
  if (literals.length === 0 && hidden.length === 0) return undefined;

  const statement: AsmStatement = {
    span: { start, end: i },
    volatile: isVolatile,
    template: template.join(''),
    templateSource: templateSource.done(),
    literals,
    hidden,
    operands: [],
    clobbers: [],
    sections: 0,
  };
  let section = 0;
  while (i < text.length) {
    if (text[i] === ')') {
      statement.span.end = i + 1;
      break;
    }
    if (text[i] === ':') {
      section++;
      i = skipSpace(text, i + 1);
      continue;
    }
    if (text[i] === ',') {
      i = skipSpace(text, i + 1);
      continue;
    }
    const next = section === 1 || section === 2 ? readOperand(text, i, section === 1, statement.operands.length) : undefined;
    if (next) {
      statement.operands.push(next.operand);
      i = skipSpace(text, next.end);
      continue;
    }
    if (section === 3) {
      const clobber = readLiteral(text, i);
      if (clobber) {
        statement.clobbers.push({ text: clobber.value, span: { start: clobber.start, end: clobber.end } });
        i = skipSpace(text, clobber.end);
        continue;
      }
    }
    // Anything else (goto labels, a malformed list): skip to the next separator at this depth.
    const stop = skipBalanced(text, i, ',:)');
    if (stop === i) i++;
    else i = skipSpace(text, stop);
    statement.span.end = i;
  }
  statement.sections = section;
  if (i >= text.length) statement.span.end = text.length;
  return statement;
}

function readOperand(text: string, at: number, output: boolean, index: number): { operand: AsmOperand; end: number } | undefined {
  let i = at;
  let name: string | undefined;
  if (text[i] === '[') {
    const close = text.indexOf(']', i);
    if (close < 0) return undefined;
    name = text.slice(i + 1, close).trim();
    i = skipSpace(text, close + 1);
  }
  const constraint = readLiteral(text, i);
  if (!constraint) return undefined;
  i = skipSpace(text, constraint.end);
  if (text[i] !== '(') return undefined;
  const close = skipBalanced(text, i + 1, ')');
  let first = i + 1;
  let last = close;
  while (first < last && isSpace(text.charCodeAt(first))) first++;
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
  const expression = text.slice(first, last);
  const end = Math.min(text.length, close + 1);
  return {
    operand: {
      index,
      output,
      name,
      constraint: constraint.value,
      constraintSpan: { start: constraint.start, end: constraint.end },
      expression,
      expressionSpan: { start: first, end: last },
      span: { start: at, end },
    },
    end,
  };
}

/**
 * A `"…"` literal at `i`, decoded; undefined if there is none. With `sink`, the source offset of
 * each decoded character is appended to it (an escape maps to its backslash).
 */
function readLiteral(text: string, i: number, sink?: OffsetList): Literal | undefined {
  if (text.charCodeAt(i) !== QUOTE) return undefined;
  const quote = text.indexOf('"', i + 1);
  const newline = text.indexOf('\n', i + 1);
  const stop = quote < 0 ? (newline < 0 ? text.length : newline) : newline >= 0 && newline < quote ? newline : quote;
  const backslash = text.indexOf('\\', i + 1);
  if (backslash < 0 || backslash >= stop) {
    sink?.run(i + 1, stop);
    return { start: i, end: Math.min(stop + 1, text.length), value: text.slice(i + 1, stop) };
  }
  // Escapes: plain runs between backslashes are sliced whole. A backslash-newline continues the
  // literal on the next line, so the end is found as the walk goes.
  const parts: string[] = [];
  let j = i + 1;
  for (;;) {
    let end = text.length;
    for (let k = j; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === QUOTE || c === NEWLINE || c === BACKSLASH) {
        end = k;
        break;
      }
    }
    if (end > j) {
      parts.push(text.slice(j, end));
      sink?.run(j, end);
    }
    j = end;
    if (j >= text.length || text.charCodeAt(j) !== BACKSLASH) break;
    if (j + 1 >= text.length) {
      parts.push('\\');
      sink?.push(j++);
      break;
    }
    const next = text[j + 1];
    if (next === '\n') {
      j += 2;
      continue;
    }
    sink?.push(j);
    if (next === 'x') {
      const hex = /^[0-9A-Fa-f]+/.exec(text.slice(j + 2, j + 4));
      parts.push(hex ? String.fromCharCode(parseInt(hex[0], 16)) : 'x');
      j += 2 + (hex ? hex[0].length : 0);
      continue;
    }
    parts.push(ESCAPES[next] ?? next);
    j += 2;
  }
  return { start: i, end: Math.min(j + 1, text.length), value: parts.join('') };
}

const QUOTE = 34;
const NEWLINE = 10;
const BACKSLASH = 92;

/** The source offsets of a template being read: one scratch buffer, reused from statement to statement. */
class OffsetList {
  private items = new Int32Array(4096);
  private length = 0;

  private room(n: number): void {
    if (this.length + n <= this.items.length) return;
    const grown = new Int32Array(Math.max(this.items.length * 2, this.length + n));
    grown.set(this.items.subarray(0, this.length));
    this.items = grown;
  }

  /** Starts a new template. */
  reset(): void {
    this.length = 0;
  }

  push(offset: number): void {
    this.room(1);
    this.items[this.length++] = offset;
  }

  /** The offsets `start … end - 1`. */
  run(start: number, end: number): void {
    this.room(end - start);
    for (let k = start; k < end; k++) this.items[this.length++] = k;
  }

  repeat(offset: number, count: number): void {
    this.room(count);
    this.items.fill(offset, this.length, this.length + count);
    this.length += count;
  }

  done(): Int32Array {
    return this.items.slice(0, this.length);
  }
}

const templateOffsets = new OffsetList();
