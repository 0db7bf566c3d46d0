/**
 * Folding ranges for PTX: functions (header through body), nested `{}` blocks, DWARF
 * `.section` blocks and comment blocks. Pure function over the model.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { PtxModel } from '../ptx';

export function foldingRanges(model: PtxModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const push = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  // The closing line stays visible: fold up to the line before `}` when it is on its own line.
  const closeLine = (endOffset: number) => {
    const pos = model.positionAt(Math.max(0, endOffset - 1));
    const lineStart = model.lineStarts[pos.line];
    const before = model.text.slice(lineStart, Math.max(lineStart, endOffset - 1));
    return before.trim() === '' ? pos.line - 1 : pos.line;
  };
  const bodies = new Set<number>();
  for (const fn of model.functions) {
    if (fn.bodyStart >= 0) {
      bodies.add(fn.bodyStart);
      push(model.positionAt(fn.start).line, closeLine(fn.bodyEnd));
    } else push(model.positionAt(fn.start).line, model.positionAt(fn.end).line);
  }
  for (let b = 0; b < model.blockStart.length; b++) {
    const s = model.blockStart[b];
    if (bodies.has(s)) continue;
    push(model.positionAt(s).line, closeLine(model.blockEnd[b]));
  }
  for (const sec of model.sections) push(model.positionAt(sec.start).line, closeLine(sec.end));
  // Comments: `/* … */` spanning lines, and runs of line comments on consecutive lines.
  const c = model.comments;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) push(runStart, runEnd, FoldingRangeKind.Comment);
    runStart = -1;
  };
  for (let i = 0; i < c.length; i += 2) {
    const s = model.positionAt(c[i]).line;
    const e = model.positionAt(c[i + 1]).line;
    const isLine = model.text.charCodeAt(c[i] + 1) === 47;
    if (!isLine) {
      flush();
      push(s, e, FoldingRangeKind.Comment);
      continue;
    }
    const ownLine = model.text.slice(model.lineStarts[s], c[i]).trim() === '';
    if (ownLine && runStart >= 0 && s === runEnd + 1) runEnd = s;
    else {
      flush();
      if (ownLine) {
        runStart = s;
        runEnd = s;
      }
    }
  }
  flush();
  out.sort((a, b) => a.startLine - b.startLine);
  return out;
}
