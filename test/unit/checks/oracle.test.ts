/**
 * ptxas is the judge of every version and target fact the gating checks use.
 *
 * - Each target's minimum `.version` (knowledge/targets.ts): ptxas accepts the target at that
 *   version and refuses it one version lower.
 * - Each instruction entry's `introduced` and `minTarget` (test/support/versionOracle.ts): its
 *   worked example, moved one version lower and to the next lower target, is refused; where the
 *   checks flag the example moved to another target, ptxas refuses it too.
 *
 * Skipped, loudly, where ptxas is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TARGET_MIN_VERSION } from '../../../server/src/knowledge/targets';
import { assemble, findPtxas } from '../../support/ptxExample';
import { inPairs, previousVersion, runVersionOracle } from '../../support/versionOracle';

const ptxas = findPtxas();
if (!ptxas) console.error('SKIPPED: ptxas is not installed, so the version and target facts were not checked against it.');

test('each target is accepted from its minimum .version on, and refused one version lower', { skip: ptxas ? false : 'ptxas not installed' }, async () => {
  const wrong: string[] = [];
  await inPairs(
    Object.entries(TARGET_MIN_VERSION).map(([target, version]) => async () => {
      const empty = (v: string) => `.version ${v}\n.target ${target}\n.address_size 64\n.visible .entry k() { ret; }\n`;
      const at = await assemble(ptxas!, empty(version), target);
      if (!at.ok) wrong.push(`${target} refused at ${version}: ${at.output}`);
      const below = await assemble(ptxas!, empty(previousVersion(version)), target);
      if (below.ok) wrong.push(`${target} accepted at ${previousVersion(version)}, below the stated ${version}`);
    }),
  );
  assert.deepEqual(wrong, []);
});

test('instruction versions and targets agree with ptxas, and the own checks never flag what it accepts', { skip: ptxas ? false : 'ptxas not installed' }, async (t) => {
  const r = await runVersionOracle(ptxas!);
  const summary = `${r.checked} version/target facts checked by ptxas, ${r.wrong.length} wrong; ${r.unchecked.length} entries not checkable; ${r.mutants} retargeted examples checked, ${r.judged} flagged ones put to ptxas, ${r.falseAlarms.length} false alarms`;
  console.error(`oracle: ${summary}`);
  t.diagnostic(summary);
  if (r.unchecked.length > 0) t.diagnostic(`not checkable: ${r.unchecked.join('; ')}`);
  assert.deepEqual(r.wrong, []);
  assert.deepEqual(r.falseAlarms, []);
  assert.ok(r.checked >= 90, `only ${r.checked} facts could be checked`);
});
