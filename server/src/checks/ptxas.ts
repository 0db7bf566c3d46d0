/**
 * ptxas's messages beside the own checks: ptxas names a line, and usually quotes the token it
 * objects to (`'setmaxnreg.inc'`, `'$L__nowhere'`, `'::entry'`); that token is the place to
 * mark. A ptxas message on a token an own check already marks says the same thing twice, and
 * is shown once (the own one, which has a code and maybe a fix).
 */
import type { PtxDiagnostic, PtxModel } from '../ptx';

export interface Span {
  start: number;
  end: number;
}

/** The span on `line` (0-based) of the first token `message` quotes that the line contains; undefined when none is found. */
export function quotedTokenSpan(model: PtxModel, line: number, message: string): Span | undefined {
  if (line < 0 || line >= model.lineCount) return undefined;
  const start = model.lineStarts[line];
  const end = line + 1 < model.lineCount ? model.lineStarts[line + 1] : model.text.length;
  const text = model.text.slice(start, end);
  const comment = text.indexOf('//');
  const code = comment >= 0 ? text.slice(0, comment) : text;
  for (const m of message.matchAll(/'([^'\n]+)'/g)) {
    const token = m[1];
    const at = findToken(code, token);
    if (at >= 0) return { start: start + at, end: start + at + token.length };
  }
  return undefined;
}

/** Where `token` occurs in `code` not as the middle of a longer name (`%r1` is not found in `%r10`). */
function findToken(code: string, token: string): number {
  const isName = (c: string | undefined) => c !== undefined && /[\w$%]/.test(c);
  for (let at = code.indexOf(token); at >= 0; at = code.indexOf(token, at + 1)) {
    const before = code[at - 1];
    const after = code[at + token.length];
    const startsClean = !isName(token[0]) || !isName(before);
    const endsClean = !isName(token[token.length - 1]) || !isName(after) || after === undefined;
    if (startsClean && endsClean) return at;
  }
  return -1;
}

/**
 * ptxas messages about an instruction's operands as a whole: ptxas names the opcode, while the
 * own check marks the operand at fault on the same line.
 */
const ABOUT_OPERANDS = /^Arguments mismatch for instruction/;

/**
 * True when an own error already says what ptxas says at `span`: it marks the same token, or,
 * for a message about the operands of the instruction at `span`, one of that line's operands.
 */
export function saidByOwnCheck(own: readonly PtxDiagnostic[], span: Span, message = '', model?: PtxModel): boolean {
  const line = model && ABOUT_OPERANDS.test(message) ? model.positionAt(span.start).line : -1;
  return own.some((d) => d.severity === 'error' && ((d.start < span.end && span.start < d.end) || (line >= 0 && d.range.start.line === line)));
}
