/**
 * The C++ lexical ground the inline-asm scan walks over: white space, comments, string and
 * character literals, backslash-newlines, preprocessor lines (keeping the first branch of an
 * `#if` inside a statement) and balanced brackets.
 */

/** Index of the first of `stops` at nesting depth 0 from `i`, skipping nested brackets and literals. */
export function skipBalanced(text: string, i: number, stops: string): number {
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'" || (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) {
      i = skipTrivia(text, i);
      continue;
    }
    if (depth === 0 && stops.includes(c)) return i;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return i;
}

/**
 * White space, comments, backslash-newlines and preprocessor lines from `i`. Inside a
 * statement, `#if … #else … #endif` keeps the first branch: the text of the others is skipped.
 */
export function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') i++;
    else if (c === '#' && atLineStart(text, i)) i = skipDirective(text, i);
    else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) i += text[i + 1] === '\n' ? 2 : 3;
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) i = skipTrivia(text, i);
    else return i;
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
}

/** End of the (possibly continued) line at `i`. */
function lineEnd(text: string, i: number): number {
  for (;;) {
    const end = text.indexOf('\n', i);
    if (end < 0) return text.length;
    if (text[end - 1] !== '\\' && !(text[end - 1] === '\r' && text[end - 2] === '\\')) return end;
    i = end + 1;
  }
}

/** Skips a preprocessor line; on `#else`/`#elif`, also the rest of the conditional up to its `#endif`. */
function skipDirective(text: string, i: number): number {
  const name = /^#\s*(\w+)/.exec(text.slice(i, i + 16))?.[1];
  let end = lineEnd(text, i);
  if (name !== 'else' && name !== 'elif') return end;
  let depth = 0;
  while (end < text.length) {
    const next = /^[ \t]*#[ \t]*(\w+)/m;
    const line = text.slice(end + 1, lineEnd(text, end + 1));
    const directive = next.exec(line)?.[1];
    end = lineEnd(text, end + 1);
    if (directive === 'if' || directive === 'ifdef' || directive === 'ifndef') depth++;
    else if (directive === 'endif') {
      if (depth === 0) return end;
      depth--;
    }
  }
  return end;
}

/** Skips a comment or a string/character literal at `i`; returns `i` when there is none. */
export function skipTrivia(text: string, i: number): number {
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
