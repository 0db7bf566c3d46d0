/**
 * ptxas is the judge of every version and target fact the gating checks use.
 *
 * - Each target's minimum `.version` (knowledge/targets.ts): ptxas accepts the target at that
 *   version and refuses it one version lower.
 * - Each instruction entry's `introduced` and `minTarget`: its worked example, moved to one
 *   version lower and to the next lower target, is refused by ptxas; moved to the stated
 *   version and target, it is accepted where the example uses nothing newer (otherwise the fact
 *   is counted as not checkable, with the reason).
 * - No false alarm: the example moved to each target of a matrix; where the own checks flag
 *   the result, ptxas must refuse it too (the closest calls are put to it).
 *
 * Skipped, loudly, where ptxas is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gatingSteps } from '../../../server/src/checks';
import { instructions } from '../../../server/src/knowledge';
import { PTX_VERSIONS, TARGET_MIN_VERSION, versionRank } from '../../../server/src/knowledge/targets';
import { finish, parsePtx } from '../../../server/src/ptx';
import { assemble, findPtxas } from '../../support/ptxExample';

const ptxas = findPtxas();
if (!ptxas) console.error('SKIPPED: ptxas is not installed, so the version and target facts were not checked against it.');

/** The target ptxas of this toolkit can assemble that sits right below each requirement. */
const LOWER_TARGET: Record<string, string> = { sm_80: 'sm_75', sm_86: 'sm_80', sm_89: 'sm_87', sm_90: 'sm_89', sm_90a: 'sm_90', sm_100: 'sm_90', sm_100a: 'sm_100', sm_100f: 'sm_100' };
/** Targets every example is moved to, to look for false alarms. */
const MATRIX = ['sm_75', 'sm_80', 'sm_86', 'sm_89', 'sm_90', 'sm_90a', 'sm_100', 'sm_100a', 'sm_100f', 'sm_103a', 'sm_110f', 'sm_120', 'sm_120a', 'sm_121f'];

const header = (code: string, version: string, target: string) => `.version ${version}\n.target ${target}\n.address_size 64\n\n${code.trim()}\n`;
const previous = (version: string) => PTX_VERSIONS[PTX_VERSIONS.indexOf(version) - 1];
const flagged = (text: string) => finish(gatingSteps(parsePtx(text))).filter((d) => d.severity === 'error');

/** Runs `jobs` two at a time (ptxas is a process per module). */
async function inPairs<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) out[i] = await jobs[i]();
  };
  await Promise.all([worker(), worker()]);
  return out;
}

test('each target is accepted from its minimum .version on, and refused one version lower', { skip: ptxas ? false : 'ptxas not installed' }, async () => {
  const wrong: string[] = [];
  await inPairs(
    Object.entries(TARGET_MIN_VERSION).map(([target, version]) => async () => {
      const empty = (v: string) => `.version ${v}\n.target ${target}\n.address_size 64\n.visible .entry k() { ret; }\n`;
      const at = await assemble(ptxas!, empty(version), target);
      if (!at.ok) wrong.push(`${target} refused at ${version}: ${at.output}`);
      const below = await assemble(ptxas!, empty(previous(version)), target);
      if (below.ok) wrong.push(`${target} accepted at ${previous(version)}, below the stated ${version}`);
    }),
  );
  assert.deepEqual(wrong, []);
});

test('instruction versions and targets agree with ptxas, and the own checks never flag what it accepts', { skip: ptxas ? false : 'ptxas not installed' }, async (t) => {
  const wrong: string[] = [];
  const unchecked: string[] = [];
  const falseAlarms: string[] = [];
  let checked = 0;
  let mutants = 0;
  let judged = 0;
  const jobs: Array<() => Promise<void>> = [];
  for (const entry of instructions) {
    const name = entry.select ? `${entry.opcode} (${entry.family})` : entry.opcode;
    const { code } = entry.example;
    const target = TARGET_MIN_VERSION[entry.minTarget] ? entry.minTarget : entry.example.target;
    const floor = TARGET_MIN_VERSION[target] ?? '6.3';
    const version = versionRank(entry.introduced) > versionRank(floor) ? entry.introduced : floor;
    jobs.push(async () => {
      const stated = await assemble(ptxas!, header(code, version, target), target);
      if (!stated.ok) {
        unchecked.push(`${name}: its example needs more than .version ${version} / ${target}`);
        return;
      }
      if (versionRank(entry.introduced) > versionRank(floor)) {
        checked++;
        const lower = previous(entry.introduced);
        if ((await assemble(ptxas!, header(code, lower, target), target)).ok) wrong.push(`${name}: ptxas accepts it at .version ${lower}, below the stated ${entry.introduced}`);
      }
      const lowerTarget = LOWER_TARGET[entry.minTarget];
      if (lowerTarget) {
        checked++;
        const v = versionRank(version) >= versionRank(TARGET_MIN_VERSION[lowerTarget]) ? version : TARGET_MIN_VERSION[lowerTarget];
        if ((await assemble(ptxas!, header(code, v, lowerTarget), lowerTarget)).ok) wrong.push(`${name}: ptxas accepts it on ${lowerTarget}, below the stated ${entry.minTarget}`);
      }
    });
    // The example moved across the matrix: where the checks flag it, ptxas must refuse it. Plain
    // targets gain features with their number, so the highest flagged plain target is the
    // closest call; likewise among the a/f targets. Those two are put to ptxas.
    const exampleVersion = entry.example.ptxVersion ?? '9.0';
    const closest = new Map<string, string>();
    for (const to of MATRIX) {
      if (versionRank(exampleVersion) < versionRank(TARGET_MIN_VERSION[to])) continue;
      mutants++;
      if (flagged(header(code, exampleVersion, to)).length > 0) closest.set(/[af]$/.test(to) ? 'suffixed' : 'plain', to);
    }
    for (const to of closest.values()) {
      jobs.push(async () => {
        judged++;
        const text = header(code, exampleVersion, to);
        if ((await assemble(ptxas!, text, to)).ok) falseAlarms.push(`${name} on ${to}: ${flagged(text)[0].message}`);
      });
    }
  }
  await inPairs(jobs);
  const summary = `${checked} version/target facts checked by ptxas, ${wrong.length} wrong; ${unchecked.length} entries not checkable; ${mutants} retargeted examples checked, ${judged} flagged ones put to ptxas, ${falseAlarms.length} false alarms`;
  console.error(`oracle: ${summary}`);
  t.diagnostic(summary);
  if (unchecked.length > 0) t.diagnostic(`not checkable: ${unchecked.join('; ')}`);
  assert.deepEqual(wrong, []);
  assert.deepEqual(falseAlarms, []);
  assert.ok(checked >= 90, `only ${checked} facts could be checked`);
});
