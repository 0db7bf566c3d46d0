/**
 * A small, fast line scanner over nvcc's PTX output: `.file` table, `.target`, `.loc` (every
 * form nvcc emits, including `function_name …, inlined_at F L C`), function starts
 * (`.entry`/`.func`), their brace-delimited bodies and instruction counts. Not a PTX parser:
 * it reads exactly what the line map and the kernel list need, in one pass.
 */
import type { LineMap, PtxLineSource, SourceLoc } from './types';

export interface PtxFunction {
  mangledName: string;
  isEntry: boolean;
  startLine: number;
  endLine: number;
  instructions: number;
  /** Definition site, from the body's first non-inlined `.loc`. */
  sourceFile?: string;
  sourceLine?: number;
}

export interface PtxScan {
  /** `.target` first operand, e.g. "sm_90". */
  target?: string;
  functions: PtxFunction[];
  lineMap: LineMap;
}

export interface ScanOptions {
  /** Maps a `.file` path (after unescaping) to the path to report, e.g. a temp copy back to the original. */
  mapFile?: (path: string) => string;
}

/** Decodes a PTX/C string literal body: `\303\274` octal bytes, `\\`, `\"`, `\n` … → UTF-8 text. */
export function unescapePtxString(body: string): string {
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '\\': 92, '"': 34, "'": 39, '?': 63, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (oct) {
      bytes.push(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length;
    } else if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 2, i + 4));
      if (hex) {
        bytes.push(parseInt(hex[0], 16));
        i += 1 + hex[0].length;
      } else {
        bytes.push(120);
        i += 1;
      }
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));
}

interface RawLoc {
  f: number;
  l: number;
  c: number;
}
interface CurrentLoc extends RawLoc {
  chain: RawLoc[];
}

const FILE_RE = /^\.file\s+(\d+)\s+"((?:[^"\\]|\\.)*)"/;
const LOC_RE = /^\.loc\s+(\d+)\s+(\d+)\s+(\d+)/;
const INLINED_RE = /inlined_at\s+(\d+)\s+(\d+)\s+(\d+)/;
const FUNC_RE = /^(?:\.(?:visible|extern|weak|hidden|common)\s+)*\.(entry|func)\b/;
const TARGET_RE = /^\.target\s+([\w.]+)/;
const LABEL_RE = /^[$%\w.]+\s*:(?!:)\s*/; // a label, not a `::` qualifier (`shared::cta`)

/** Name of a function from its accumulated header text (after `.entry` / `.func`). */
function functionName(header: string): string {
  let rest = header.replace(FUNC_RE, '').trimStart();
  if (rest.startsWith('(')) {
    let depth = 0;
    let i = 0;
    for (; i < rest.length; i++) {
      if (rest[i] === '(') depth++;
      else if (rest[i] === ')' && --depth === 0) break;
    }
    rest = rest.slice(i + 1).trimStart();
  }
  return /^[A-Za-z_$%][\w$%.]*/.exec(rest)?.[0] ?? '';
}

function stripComment(line: string, state: { inBlock: boolean }): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (state.inBlock) {
      const end = line.indexOf('*/', i);
      if (end < 0) return out;
      state.inBlock = false;
      i = end + 2;
      continue;
    }
    const sl = line.indexOf('//', i);
    const bl = line.indexOf('/*', i);
    if (sl < 0 && bl < 0) return out + line.slice(i);
    if (bl < 0 || (sl >= 0 && sl < bl)) return out + line.slice(i, sl);
    out += line.slice(i, bl) + ' ';
    state.inBlock = true;
    i = bl + 2;
  }
  return out;
}

export function scanPtx(ptx: string, options: ScanOptions = {}): PtxScan {
  const lines = ptx.split('\n');
  const fileTable = new Map<number, string>();
  const functions: PtxFunction[] = [];
  const instrLocs: Array<{ ptxLine: number; loc: CurrentLoc }> = [];
  const defSites: Array<{ fn: PtxFunction; loc: RawLoc }> = [];
  const comment = { inBlock: false };
  let target: string | undefined;

  // Function state.
  let header: { text: string; isEntry: boolean; startLine: number } | undefined;
  let body: { fn: PtxFunction; depth: number; inlinedBy: Map<string, RawLoc>; sawDef: boolean } | undefined;
  let current: CurrentLoc | undefined;

  for (let idx = 0; idx < lines.length; idx++) {
    const lineNo = idx + 1;
    const raw = lines[idx];
    const trimmed = raw.trim();
    if (trimmed.startsWith('.file')) {
      const m = FILE_RE.exec(trimmed);
      if (m) {
        fileTable.set(Number(m[1]), unescapePtxString(m[2]));
        continue;
      }
    }
    const text = stripComment(raw, comment).trim();
    if (!text) continue;

    if (header) {
      header.text += ' ' + text;
      const open = text.indexOf('{');
      const semi = text.indexOf(';');
      if (open >= 0 && (semi < 0 || open < semi)) {
        const fn: PtxFunction = { mangledName: functionName(header.text), isEntry: header.isEntry, startLine: header.startLine, endLine: lineNo, instructions: 0 };
        body = { fn, depth: 0, inlinedBy: new Map(), sawDef: false };
        header = undefined;
        current = undefined;
        // fall through: the brace is counted below
      } else if (semi >= 0 && parenDepth(header.text) === 0) {
        header = undefined; // a declaration (`.extern .func … ;`)
        continue;
      } else {
        continue;
      }
    } else if (!body) {
      if (text.startsWith('.target')) target ??= TARGET_RE.exec(text)?.[1];
      const fm = FUNC_RE.exec(text);
      if (fm) {
        header = { text, isEntry: fm[1] === 'entry', startLine: lineNo };
        const open = text.indexOf('{');
        const semi = text.indexOf(';');
        if (open >= 0 && (semi < 0 || open < semi)) {
          body = { fn: { mangledName: functionName(text), isEntry: header.isEntry, startLine: lineNo, endLine: lineNo, instructions: 0 }, depth: 0, inlinedBy: new Map(), sawDef: false };
          header = undefined;
          current = undefined;
        } else if (semi >= 0 && parenDepth(text) === 0) {
          header = undefined;
          continue;
        } else {
          continue;
        }
      } else {
        continue;
      }
    }

    // Inside a function body (body is set).
    const b = body!;
    if (text.startsWith('.loc')) {
      const m = LOC_RE.exec(text);
      if (m) {
        const loc: RawLoc = { f: Number(m[1]), l: Number(m[2]), c: Number(m[3]) };
        if (loc.l === 0) {
          current = undefined;
          continue;
        }
        const im = INLINED_RE.exec(text);
        const chain: RawLoc[] = [];
        if (im) {
          const site: RawLoc = { f: Number(im[1]), l: Number(im[2]), c: Number(im[3]) };
          b.inlinedBy.set(`${loc.f}:${loc.l}:${loc.c}`, site);
          // Follow the chain outward: a call site may itself sit in inlined code.
          let next: RawLoc | undefined = site;
          while (next && chain.length < 64) {
            chain.push(next);
            next = b.inlinedBy.get(`${next.f}:${next.l}:${next.c}`);
          }
        } else if (!b.sawDef) {
          b.sawDef = true;
          defSites.push({ fn: b.fn, loc });
        }
        current = { ...loc, chain };
      }
      continue;
    }

    let depthChange = 0;
    for (const ch of text) {
      if (ch === '{') depthChange++;
      else if (ch === '}') depthChange--;
    }
    const stmt = text.replace(LABEL_RE, '');
    if (stmt && !stmt.startsWith('.') && !stmt.startsWith('{') && !stmt.startsWith('}') && b.depth + Math.max(depthChange, 0) > 0) {
      let count = 0;
      for (const ch of stmt) if (ch === ';') count++;
      b.fn.instructions += count;
      if (current) instrLocs.push({ ptxLine: lineNo, loc: current });
    }
    b.depth += depthChange;
    if (b.depth <= 0 && depthChange !== 0) {
      b.fn.endLine = lineNo;
      functions.push(b.fn);
      body = undefined;
      current = undefined;
    }
  }

  const mapFile = options.mapFile ?? ((p: string) => p);
  const files: Record<number, string> = {};
  for (const [i, p] of fileTable) files[i] = mapFile(p);
  const toLoc = (r: RawLoc): SourceLoc | undefined => (files[r.f] !== undefined ? { file: files[r.f], line: r.l, column: r.c } : undefined);

  for (const { fn, loc } of defSites) {
    const l = toLoc(loc);
    if (l) {
      fn.sourceFile = l.file;
      fn.sourceLine = l.line;
    }
  }

  const bySource: LineMap['bySource'] = {};
  const byPtx: LineMap['byPtx'] = {};
  const add = (file: string, line: number, ptxLine: number): void => {
    const perFile = (bySource[file] ??= {});
    const list = (perFile[line] ??= []);
    if (list[list.length - 1] !== ptxLine) list.push(ptxLine);
  };
  for (const { ptxLine, loc } of instrLocs) {
    const own = toLoc(loc);
    if (!own) continue;
    const inlinedAt = loc.chain.map(toLoc).filter((s): s is SourceLoc => s !== undefined);
    const entry: PtxLineSource = { ...own, inlinedAt };
    byPtx[ptxLine] = entry;
    add(own.file, own.line, ptxLine);
    for (const site of inlinedAt) add(site.file, site.line, ptxLine);
  }
  return { target, functions, lineMap: { files, bySource, byPtx } };
}

function parenDepth(text: string): number {
  let d = 0;
  for (const ch of text) {
    if (ch === '(') d++;
    else if (ch === ')') d--;
  }
  return d;
}

/**
 * The location in `file` that a PTX line belongs to: its own location when it is in `file`,
 * else the innermost call site in `file` on its inlined_at chain.
 */
export function locationInFile(source: PtxLineSource, file: string): SourceLoc | undefined {
  if (source.file === file) return source;
  return source.inlinedAt.find((s) => s.file === file);
}
