/**
 * `ptx-lens check <file.cu|.cuh|.hpp …>`: the inline assembly of a C++ file, never the C++
 * itself: PTX Lens's own checks on every asm statement, then ptxas's verdict on each statement
 * assembled on its own (see inlineAsm/judge.ts), unless `--no-ptxas`.
 */
import { checkInlineAsm, inlineAsmModel, judgeStatements, newFindings, placePtxasMessages, synthesisable, type AsmDiagnostic, type PtxasMessage } from '../inlineAsm';
import { computeLineStarts, lastAtOrBefore } from '../ptx';
import { CompileService } from '../toolchain/compileService';
import { DEFAULT_SETTINGS } from '../toolchain/types';

export interface AsmProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: AsmDiagnostic['severity'];
  code: string;
  source: 'ptx-lens' | 'ptxas';
  message: string;
}

export const CXX_FILE = /\.(cu|cuh|h|hh|hpp|hxx|cc|cpp|cxx|inl)$/i;

export async function checkAsmText(text: string, options: { arch: string; ptxas: boolean }): Promise<{ problems: AsmProblem[]; statements: number; note?: string }> {
  const model = inlineAsmModel(text);
  const own = checkInlineAsm(model);
  const found: AsmDiagnostic[] = [...own];
  let note: string | undefined;
  if (options.ptxas) {
    const service = new CompileService();
    const analyses = model.analyses().filter((a) => !synthesisable(a));
    // The name ptxas's messages are reported under; the service writes its own temporary file.
    const file = '/inline-asm/inline-asm.ptx';
    try {
      const assemble = async (module: string, target: string): Promise<PtxasMessage[] | undefined> => {
        const result = await service.checkPtx({ key: 'inline-asm', file, text: module, settings: DEFAULT_SETTINGS, arch: target, relocatable: false });
        if (result.kind === 'missing' || result.kind === 'error' || result.kind === 'cancelled') {
          note = 'message' in result ? result.message : 'ptxas did not run';
          return undefined;
        }
        return result.diagnostics.filter((g) => g.file === file).flatMap((g) => g.diagnostics.map((d) => ({ line: d.line, severity: d.severity === 'info' ? 'information' : d.severity, message: d.message })));
      };
      const verdicts = await judgeStatements(analyses, options.arch, assemble);
      verdicts.forEach((verdict, k) => verdict && found.push(...newFindings(placePtxasMessages(text, analyses[k], verdict.messages), own)));
    } finally {
      await service.idle();
    }
  }
  const lineStarts = computeLineStarts(text);
  const at = (offset: number) => {
    const line = Math.max(0, lastAtOrBefore(lineStarts, offset));
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
  const problems = found
    .map((d) => {
      const start = at(d.start);
      const end = at(d.end);
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: d.severity, code: d.code, source: d.code === 'asm-ptxas' ? ('ptxas' as const) : ('ptx-lens' as const), message: d.message };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, statements: model.statements.length, note };
}
