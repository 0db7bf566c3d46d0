/**
 * Finds `__global__` kernels and `__device__` functions in CUDA source text, with their names
 * and ranges, for code lenses. Tolerant rather than exact: comments, string and character
 * literals and preprocessor lines are blanked first, then each `__global__`/`__device__`
 * keyword is followed to its parameter list, skipping templates, `__launch_bounds__(…)`,
 * `__attribute__((…))`, `[[…]]` and attribute-like macros. No C++ parser.
 *
 * Positions are 0-based (LSP convention), unlike the toolchain's 1-based lines.
 */

import { lastAtOrBefore } from '../ptx/scan';
import type { Position, Range } from '../ptx/types';

export type { Position, Range };

export interface CudaFunction {
  /** As written before the parameter list, e.g. `saxpy`, `Foo::bar`, `operator()`. */
  name: string;
  kind: 'global' | 'device';
  /** Also `__host__` (only for kind 'device'). */
  host: boolean;
  /** Preceded by `template <…>` (or an explicit instantiation `template __global__ …`). */
  isTemplate: boolean;
  /** False for a declaration or explicit instantiation ending in `;`. */
  hasBody: boolean;
  /** From the start of the declaration (incl. `template <…>`) to its closing `}` or `;`. */
  range: Range;
  nameRange: Range;
}

/** Replaces comments, string/char literals and preprocessor lines by spaces (newlines kept). */
export function maskSource(text: string): string {
  const out = text.split('');
  const n = text.length;
  let i = 0;
  let lineStart = true;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to && k < n; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart && (ch === ' ' || ch === '\t')) {
      i++;
      continue;
    }
    if (lineStart && ch === '#') {
      // Preprocessor line, with backslash continuations (comments inside are blanked too).
      let j = i;
      while (j < n) {
        if (text[j] === '\n' && text[j - 1] !== '\\' && !(text[j - 1] === '\r' && text[j - 2] === '\\')) break;
        if (text.startsWith('/*', j)) {
          const end = text.indexOf('*/', j + 2);
          j = end < 0 ? n : end + 2;
          continue;
        }
        j++;
      }
      blank(i, j);
      i = j;
      continue;
    }
    lineStart = false;
    if (ch === '/' && text[i + 1] === '/') {
      let j = i;
      while (j < n && text[j] !== '\n') j++;
      blank(i, j);
      i = j;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const j = end < 0 ? n : end + 2;
      blank(i, j);
      i = j;
    } else if (ch === 'R' && text[i + 1] === '"' && !/[\w]/.test(text[i - 1] ?? '')) {
      // Raw string R"delim( … )delim"
      const open = text.indexOf('(', i + 2);
      const delim = open < 0 ? '' : text.slice(i + 2, open);
      const end = open < 0 ? -1 : text.indexOf(`)${delim}"`, open);
      const j = end < 0 ? n : end + delim.length + 2;
      blank(i, j);
      i = j;
    } else if (ch === '"' || (ch === "'" && !/[0-9A-Fa-f]/.test(text[i - 1] ?? ''))) {
      // String or char literal (a quote after a hex digit is a C++14 digit separator).
      let j = i + 1;
      while (j < n && text[j] !== ch && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

const SKIP_CALLS = new Set(['__launch_bounds__', '__attribute__', '__declspec', '__align__', 'alignas', 'decltype', '__cluster_dims__', '__maxnreg__', '__block_size__', 'noexcept', 'throw']);
const AFTER_PARAMS = new Set(['const', 'volatile', 'noexcept', 'override', 'final', 'throw', 'requires', 'mutable', '__attribute__', 'try']);
const QUALIFIERS = /^(?:__global__|__device__|__host__|__forceinline__|__noinline__|__inline__|inline|static|extern|constexpr|virtual|explicit|friend)$/;

export function findCudaFunctions(text: string): CudaFunction[] {
  const src = maskSource(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const pos = (offset: number): Position => {
    const line = Math.max(0, lastAtOrBefore(lineStarts, offset));
    return { line, character: offset - lineStarts[line] };
  };

  const result: CudaFunction[] = [];
  const keyword = /\b(__global__|__device__)\b/g;
  let m: RegExpExecArray | null;
  while ((m = keyword.exec(src))) {
    const found = declarationAt(src, m.index);
    if (!found) continue;
    const start = declarationStart(src, m.index);
    const quals = src.slice(start, found.nameStart);
    const fn: CudaFunction = {
      name: found.name,
      kind: /\b__global__\b/.test(quals) ? 'global' : 'device',
      host: /\b__host__\b/.test(quals),
      isTemplate: /^\s*template\b/.test(src.slice(start)),
      hasBody: found.hasBody,
      range: { start: pos(start), end: pos(found.end) },
      nameRange: { start: pos(found.nameStart), end: pos(found.nameStart + found.nameText.length) },
    };
    result.push(fn);
    keyword.lastIndex = found.end; // skip the body (lambdas, nested qualifiers)
  }
  return result;
}

interface Declaration {
  name: string;
  nameText: string;
  nameStart: number;
  end: number;
  hasBody: boolean;
}

/** Offset of the matching close bracket for the open bracket at `open`, or -1. */
function matchForward(src: string, open: number, o: string, c: string): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === o) depth++;
    else if (src[i] === c && --depth === 0) return i;
  }
  return -1;
}

function declarationAt(src: string, at: number): Declaration | undefined {
  let i = at;
  const n = src.length;
  let angle = 0;
  let operatorName: { text: string; start: number } | undefined;
  while (i < n) {
    const ch = src[i];
    if (ch === ';' || ch === '{' || ch === '}' || (ch === '=' && angle === 0)) return undefined; // a variable, not a function
    if (ch === '[' && src[i + 1] === '[') {
      const close = src.indexOf(']]', i);
      if (close < 0) return undefined;
      i = close + 2;
      continue;
    }
    if (ch === '[' && angle === 0) return undefined; // array variable or lambda
    if (ch === '<') angle++;
    else if (ch === '>' && angle > 0) angle--;
    else if (ch === '(' && angle === 0) {
      const close = matchForward(src, i, '(', ')');
      if (close < 0) return undefined;
      if (!operatorName && /(?:^|::)operator$/.test(identifierBefore(src, i)?.text ?? '') && /^\(\s*\)$/.test(src.slice(i, close + 1))) {
        const op = identifierBefore(src, i)!;
        operatorName = { text: src.slice(op.start, close + 1), start: op.start };
        i = close + 1;
        continue;
      }
      const before = operatorName ?? identifierBefore(src, i);
      if (!before) return undefined; // `__device__ (…)` lambda or cast
      if (!operatorName && SKIP_CALLS.has(before.text)) {
        i = close + 1;
        continue;
      }
      const after = /^\s*([A-Za-z_]\w*|\S)/.exec(src.slice(close + 1, close + 200));
      const next = after?.[1] ?? '';
      const isParams = !/^[A-Za-z_]/.test(next) || AFTER_PARAMS.has(next);
      if (!isParams) {
        i = close + 1; // an attribute-like macro such as LAUNCH_BOUNDS(256)
        continue;
      }
      if (QUALIFIERS.test(before.text)) return undefined;
      // Find the body or the end of the declaration.
      let j = close + 1;
      while (j < n && src[j] !== '{' && src[j] !== ';') {
        if (src[j] === '(') {
          const c2 = matchForward(src, j, '(', ')');
          if (c2 < 0) return undefined;
          j = c2 + 1;
          continue;
        }
        if (src[j] === '}') return undefined;
        j++;
      }
      if (j >= n) return undefined;
      const hasBody = src[j] === '{';
      const end = hasBody ? matchForward(src, j, '{', '}') : j;
      const name = before.text.replace(/\s+/g, '');
      return { name: name.replace(/<[^()]*>$/, ''), nameText: before.text, nameStart: before.start, end: (end < 0 ? n - 1 : end) + 1, hasBody };
    }
    i++;
  }
  return undefined;
}

/** The (possibly qualified, possibly templated, possibly operator) name ending right before `paren`. */
function identifierBefore(src: string, paren: number): { text: string; start: number } | undefined {
  let e = paren;
  while (e > 0 && /\s/.test(src[e - 1])) e--;
  let s = e;
  // `operator()` and other operators
  const op = /operator\s*(?:\(\s*\)|\[\s*\]|[^\s\w(]+)\s*$/.exec(src.slice(Math.max(0, e - 40), e));
  if (op) {
    s = e - op[0].length;
    return { text: src.slice(s, e).replace(/\s+/g, ''), start: s };
  }
  // explicit template arguments: name<…>
  if (src[s - 1] === '>') {
    let depth = 0;
    let k = s - 1;
    for (; k >= 0; k--) {
      if (src[k] === '>') depth++;
      else if (src[k] === '<' && --depth === 0) break;
    }
    if (k < 0) return undefined;
    s = k;
  }
  while (s > 0 && /[\w:~]/.test(src[s - 1])) s--;
  const text = src.slice(s, e);
  if (!/^[A-Za-z_~:]/.test(text)) return undefined;
  return { text, start: s };
}

/** Start of the declaration containing `at`: after the previous `;`, `{`, `}` (a `template <…>` prefix is included). */
function declarationStart(src: string, at: number): number {
  let k = at - 1;
  let angle = 0;
  for (; k >= 0; k--) {
    const ch = src[k];
    if (ch === '>') angle++;
    else if (ch === '<' && angle > 0) angle--;
    else if (angle === 0 && (ch === ';' || ch === '{' || ch === '}')) break;
    else if (angle === 0 && ch === ':' && src[k - 1] !== ':' && src[k + 1] !== ':') break; // `public:`
  }
  k++;
  while (k < at && /\s/.test(src[k])) k++;
  return k;
}

/**
 * The compiled functions (from a CompileOk's kernels) that belong to a source function:
 * same file and a definition line inside the declaration, else the same base name.
 * `sourceLine` of a kernel is 1-based; the function's range is 0-based.
 */
export function matchCompiled<K extends { baseName: string; sourceFile?: string; sourceLine?: number }>(fn: CudaFunction, kernels: readonly K[], file: string): K[] {
  const bodyStart = fn.nameRange.start.line;
  const byLine = kernels.filter(
    (k) => k.sourceFile === file && k.sourceLine !== undefined && k.sourceLine - 1 >= fn.range.start.line && k.sourceLine - 1 <= Math.max(bodyStart + 1, fn.nameRange.end.line),
  );
  if (byLine.length) return byLine;
  const simple = fn.name.split('::').pop() ?? fn.name;
  return kernels.filter((k) => (k.baseName.split('::').pop() ?? k.baseName) === simple && (k.sourceFile === undefined || k.sourceFile === file));
}
