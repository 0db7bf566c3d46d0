/**
 * Every worked example in the knowledge base assembles with ptxas for the target it names.
 * Skipped, loudly, where ptxas is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directives, instructions, pragmas, specialRegisters } from '../../../server/src/knowledge';
import type { WorkedExample } from '../../../server/src/knowledge/schema';
import { assemble, findPtxas, newestPtxVersion, versionNumber, wrapExample } from '../../support/ptxExample';

const ptxas = findPtxas();
const onlyFamilies = process.env.KB_FAMILIES?.split(',').map((f) => f.trim());
const examples: Array<{ name: string; example: WorkedExample }> = [
  ...instructions.filter((e) => !onlyFamilies || onlyFamilies.includes(e.family)).map((e) => ({ name: `${e.family}/${e.opcode}`, example: e.example })),
  ...specialRegisters.map((e) => ({ name: e.name, example: e.example })),
  ...directives.map((e) => ({ name: e.name, example: e.example })),
  ...pragmas.map((e) => ({ name: `.pragma "${e.name}"`, example: e.example })),
];

if (!ptxas) {
  console.error('SKIPPED: ptxas is not installed, so worked examples were not assembled.');
}

test(`worked examples assemble with ptxas (${examples.length} examples)`, { skip: ptxas ? false : 'ptxas not installed' }, async (t) => {
  const newest = await newestPtxVersion(ptxas!);
  const tooNew = examples.filter((item) => versionNumber(item.example.ptxVersion ?? '9.0') > versionNumber(newest));
  if (tooNew.length > 0) {
    const names = tooNew.map((item) => `${item.name} (PTX ISA ${item.example.ptxVersion})`).join(', ');
    console.error(`SKIPPED: this ptxas accepts PTX ISA ${newest} at most, so ${tooNew.length} example(s) were not assembled: ${names}`);
    t.diagnostic(`not assembled (needs a newer ptxas): ${names}`);
  }
  const failures: string[] = [];
  const queue = examples.filter((item) => !tooNew.includes(item));
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const result = await assemble(ptxas!, wrapExample(item.example), item.example.target);
      if (!result.ok) failures.push(`${item.name} (${item.example.target}):\n${result.output}`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(failures, [], failures.join('\n\n'));
});
