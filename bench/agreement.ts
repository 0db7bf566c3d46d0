/**
 * Agreement of PTX Lens's own checks with ptxas, measured.
 *
 * - Mutation agreement: every worked example of the knowledge base (each assembles with ptxas)
 *   is mutated in each way `mutants.ts` knows; ptxas and the own checks judge every mutant. Of
 *   the mutants ptxas refuses, the share the own checks flag with an error on a line ptxas names
 *   or on the changed line; of those it accepts, the number the own checks flag with an error
 *   (false alarms; the target is 0). Per kind of mutation.
 * - The version/target oracle (test/support/versionOracle.ts): how many facts ptxas checked,
 *   how many it contradicted, and the false alarms of the gating checks.
 *
 * Needs ptxas; says so and reports nothing without it.
 * Run alone: `node --import tsx bench/agreement.ts`.
 */
import { ptxDiagnostics } from '../server/src/features/diagnostics';
import { instructions } from '../server/src/knowledge';
import { parsePtx } from '../server/src/ptx';
import { assemble, findPtxas } from '../test/support/ptxExample';
import { inPairs, runVersionOracle, withHeader } from '../test/support/versionOracle';
import { MUTATION_KINDS, mutate, seeded, type Mutant, type MutationKind } from './mutants';
import type { BenchRow } from './types';

/** Mutants per kind at most (one per example, examples taken in a fixed shuffled order). */
const PER_KIND = 60;

interface Judged {
  mutant: Mutant;
  refused: boolean;
  flagged: boolean;
  agreed: boolean;
}

/** Lines (0-based) ptxas names in its messages about `example.ptx`. */
function ptxasLines(output: string): Set<number> {
  const lines = new Set<number>();
  for (const m of output.matchAll(/line (\d+); (?:error|fatal)/g)) lines.add(Number(m[1]) - 1);
  return lines;
}

async function judge(ptxas: string, mutant: Mutant): Promise<Judged> {
  const verdict = await assemble(ptxas, mutant.text, mutant.target);
  const errors = ptxDiagnostics(parsePtx(mutant.text)).filter((d) => d.severity === 'error');
  const named = ptxasLines(verdict.output);
  named.add(mutant.line);
  return { mutant, refused: !verdict.ok, flagged: errors.length > 0, agreed: errors.some((d) => named.has(d.range.start.line)) };
}

function mutantsOf(kind: MutationKind): Mutant[] {
  const pick = seeded(kind.length * 7919 + kind.charCodeAt(0));
  const order = instructions.map((entry, i) => ({ entry, key: (i * 2654435761) % 1000003 })).sort((a, b) => a.key - b.key);
  const out: Mutant[] = [];
  for (const { entry } of order) {
    if (out.length >= PER_KIND) break;
    const { code, target, ptxVersion } = entry.example;
    const mutant = mutate(withHeader(code, ptxVersion ?? '9.0', target), target, kind, pick);
    if (mutant) out.push(mutant);
  }
  return out;
}

export async function benchAgreement(): Promise<BenchRow[]> {
  const ptxas = findPtxas();
  if (!ptxas) {
    process.stderr.write('bench agreement: ptxas is not installed; the agreement figures need it and are not reported.\n');
    return [];
  }
  const rows: BenchRow[] = [];
  const row = (metric: string, value: number, unit: string, target?: string): BenchRow => ({ area: 'agreement', metric, value, unit, ...(target ? { target } : {}) });
  let refusedAll = 0;
  let agreedAll = 0;
  let alarmsAll = 0;
  for (const kind of MUTATION_KINDS) {
    const judged = await inPairs(mutantsOf(kind).map((m) => () => judge(ptxas, m)));
    const refused = judged.filter((j) => j.refused);
    const accepted = judged.filter((j) => !j.refused);
    const agreed = refused.filter((j) => j.agreed).length;
    const alarms = accepted.filter((j) => j.flagged);
    refusedAll += refused.length;
    agreedAll += agreed;
    alarmsAll += alarms.length;
    for (const alarm of alarms.slice(0, 3)) process.stderr.write(`bench agreement: ${kind}: flagged, ptxas accepts (line ${alarm.mutant.line + 1}):\n${alarm.mutant.text}\n`);
    rows.push(row(`${kind}: refused by ptxas and flagged on its line (${agreed} of ${refused.length}; ${judged.length} mutants)`, refused.length ? Math.round((1000 * agreed) / refused.length) / 10 : 100, '%', '≥ 95'));
    rows.push(row(`${kind}: accepted by ptxas, flagged as errors (of ${accepted.length})`, alarms.length, 'count', '0'));
  }
  rows.unshift(
    row(`all kinds: refused by ptxas and flagged on its line (${agreedAll} of ${refusedAll})`, refusedAll ? Math.round((1000 * agreedAll) / refusedAll) / 10 : 100, '%', '≥ 95'),
    row('all kinds: accepted by ptxas, flagged as errors', alarmsAll, 'count', '0'),
  );
  const oracle = await runVersionOracle(ptxas);
  rows.push(
    row('oracle: version/target facts of the knowledge base checked by ptxas', oracle.checked, 'count'),
    row('oracle: facts ptxas contradicts', oracle.wrong.length, 'count', '0'),
    row(`oracle: entries not checkable (the example needs more than its stated facts)`, oracle.unchecked.length, 'count'),
    row(`oracle: gating flags ptxas accepts (${oracle.judged} flagged retargetings judged of ${oracle.mutants})`, oracle.falseAlarms.length, 'count', '0'),
  );
  return rows;
}

if (require.main === module) {
  benchAgreement().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
