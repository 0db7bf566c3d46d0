/** What the checks' tests share: every worked example of the knowledge base as a whole module. */
import { instructions } from '../../../server/src/knowledge';
import { wrapExample } from '../../support/ptxExample';
import type { PtxDiagnostic } from '../../../server/src/ptx';

/** What `check` reports on the worked examples, as `opcode: message` lines (none expected: ptxas accepts them all). */
export function findingsOnWorkedExamples(check: (text: string) => PtxDiagnostic[]): string[] {
  return instructions.flatMap((entry) => check(wrapExample(entry.example)).map((d) => `${entry.opcode}: ${d.message}`));
}
