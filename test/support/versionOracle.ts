/**
 * The version and target oracle: ptxas judges every `introduced` and `minTarget` fact of the
 * knowledge base through the entry's worked example, and every place where the gating checks
 * flag an example moved to another target. Shared by the oracle test and the bench.
 */
import { gatingSteps } from '../../server/src/checks';
import { instructions } from '../../server/src/knowledge';
import { PTX_VERSIONS, TARGET_MIN_VERSION, versionRank } from '../../server/src/knowledge/targets';
import { finish, parsePtx } from '../../server/src/ptx';
import { assemble } from './ptxExample';

/** The target ptxas of this toolkit can assemble that sits right below each requirement. */
const LOWER_TARGET: Record<string, string> = { sm_80: 'sm_75', sm_86: 'sm_80', sm_89: 'sm_87', sm_90: 'sm_89', sm_90a: 'sm_90', sm_100: 'sm_90', sm_100a: 'sm_100', sm_100f: 'sm_100' };
/** Targets every example is moved to, to look for false alarms. */
const MATRIX = ['sm_75', 'sm_80', 'sm_86', 'sm_89', 'sm_90', 'sm_90a', 'sm_100', 'sm_100a', 'sm_100f', 'sm_103a', 'sm_110f', 'sm_120', 'sm_120a', 'sm_121f'];

export const withHeader = (code: string, version: string, target: string) => `.version ${version}\n.target ${target}\n.address_size 64\n\n${code.trim()}\n`;
export const previousVersion = (version: string) => PTX_VERSIONS[PTX_VERSIONS.indexOf(version) - 1];
const flagged = (text: string) => finish(gatingSteps(parsePtx(text))).filter((d) => d.severity === 'error');

/** Runs `jobs` two at a time (ptxas is a process per module). */
export async function inPairs<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) out[i] = await jobs[i]();
  };
  await Promise.all([worker(), worker()]);
  return out;
}

export interface OracleResult {
  /** Facts ptxas could decide. */
  checked: number;
  /** Facts it contradicted. */
  wrong: string[];
  /** Entries whose example needs more than its stated facts (so they could not be checked). */
  unchecked: string[];
  /** Examples moved to a target of the matrix and checked by the gating checks. */
  mutants: number;
  /** Flagged ones put to ptxas. */
  judged: number;
  /** Flagged ones ptxas accepts. */
  falseAlarms: string[];
}

export async function runVersionOracle(ptxas: string): Promise<OracleResult> {
  const result: OracleResult = { checked: 0, wrong: [], unchecked: [], mutants: 0, judged: 0, falseAlarms: [] };
  const jobs: Array<() => Promise<void>> = [];
  for (const entry of instructions) {
    const name = entry.select ? `${entry.opcode} (${entry.family})` : entry.opcode;
    const { code } = entry.example;
    const target = TARGET_MIN_VERSION[entry.minTarget] ? entry.minTarget : entry.example.target;
    const floor = TARGET_MIN_VERSION[target] ?? '6.3';
    const version = versionRank(entry.introduced) > versionRank(floor) ? entry.introduced : floor;
    jobs.push(async () => {
      const stated = await assemble(ptxas, withHeader(code, version, target), target);
      if (!stated.ok) {
        result.unchecked.push(`${name}: its example needs more than .version ${version} / ${target}`);
        return;
      }
      if (versionRank(entry.introduced) > versionRank(floor)) {
        result.checked++;
        const lower = previousVersion(entry.introduced);
        if ((await assemble(ptxas, withHeader(code, lower, target), target)).ok) result.wrong.push(`${name}: ptxas accepts it at .version ${lower}, below the stated ${entry.introduced}`);
      }
      const lowerTarget = LOWER_TARGET[entry.minTarget];
      if (lowerTarget) {
        result.checked++;
        const v = versionRank(version) >= versionRank(TARGET_MIN_VERSION[lowerTarget]) ? version : TARGET_MIN_VERSION[lowerTarget];
        if ((await assemble(ptxas, withHeader(code, v, lowerTarget), lowerTarget)).ok) result.wrong.push(`${name}: ptxas accepts it on ${lowerTarget}, below the stated ${entry.minTarget}`);
      }
    });
    // The example moved across the matrix: where the checks flag it, ptxas must refuse it. Plain
    // targets gain features with their number, so the highest flagged plain target is the
    // closest call; likewise among the a/f targets. Those two are put to ptxas.
    const exampleVersion = entry.example.ptxVersion ?? '9.0';
    const closest = new Map<string, string>();
    for (const to of MATRIX) {
      if (versionRank(exampleVersion) < versionRank(TARGET_MIN_VERSION[to])) continue;
      result.mutants++;
      if (flagged(withHeader(code, exampleVersion, to)).length > 0) closest.set(/[af]$/.test(to) ? 'suffixed' : 'plain', to);
    }
    for (const to of closest.values()) {
      jobs.push(async () => {
        result.judged++;
        const text = withHeader(code, exampleVersion, to);
        if ((await assemble(ptxas, text, to)).ok) result.falseAlarms.push(`${name} on ${to}: ${flagged(text)[0].message}`);
      });
    }
  }
  await inPairs(jobs);
  return result;
}
