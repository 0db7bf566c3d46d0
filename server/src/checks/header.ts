/**
 * Where a module's `.version` and `.target` are written: the value tokens' offsets, for
 * diagnostics on them and for fixes that rewrite them.
 */
import { StatementKind, type PtxModel } from '../ptx';

export interface HeaderToken {
  /** The value as written: `8.0`, `sm_90a`. */
  value: string;
  start: number;
  end: number;
  /** End of the directive's line (before its line break), where a following directive is inserted. */
  lineEnd: number;
}

export interface ModuleHeader {
  version?: HeaderToken;
  /** The GPU target in the `.target` list (`sm_90a` in `.target sm_90a, texmode_independent`). */
  target?: HeaderToken;
  /** The `.target` directive itself, when it names no `sm_` target. */
  targetDirective?: HeaderToken;
}

/** Module directives come first; nvcc writes them in the first few statements. */
const HEADER_STATEMENTS = 64;

export function moduleHeader(model: PtxModel): ModuleHeader {
  const header: ModuleHeader = {};
  const text = model.text;
  const count = Math.min(model.statementCount, HEADER_STATEMENTS);
  for (let stmt = 0; stmt < count; stmt++) {
    if (model.stmtKind[stmt] !== StatementKind.Directive) continue;
    const start = model.stmtStart[stmt];
    const lineEnd = lineEndAt(text, start);
    const line = text.slice(start, lineEnd).replace(/\/\/.*$/, '');
    if (!header.version && line.startsWith('.version')) {
      const m = /^\.version\s+(\S+?)\s*;?\s*$/.exec(line);
      if (m) {
        const at = start + line.indexOf(m[1], '.version'.length);
        header.version = { value: m[1], start: at, end: at + m[1].length, lineEnd };
      }
    } else if (!header.target && !header.targetDirective && line.startsWith('.target')) {
      const m = /\bsm_\w+/.exec(line.slice('.target'.length));
      if (m) {
        const at = start + '.target'.length + m.index;
        header.target = { value: m[0], start: at, end: at + m[0].length, lineEnd };
      } else {
        header.targetDirective = { value: line.trim(), start, end: start + '.target'.length, lineEnd };
      }
    }
  }
  return header;
}

/** End of the line holding `offset`, before its line break (`\n` or `\r\n`). */
export function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
