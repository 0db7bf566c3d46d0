/**
 * `allNamesToDemangleSteps` lists, once, every name a hover in the model may ask to demangle:
 * whatever `namesToDemangle` wants at any position is in the list, so that a batch demangled on
 * open leaves no hover waiting for c++filt.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parsePtx } from '../../../server/src/ptx';
import { allNamesToDemangleSteps, namesToDemangle } from '../../../server/src/features/hover';
import { fixture } from '../ptx/support';

function allNames(text: string): { names: string[]; steps: number } {
  const run = allNamesToDemangleSteps(parsePtx(text));
  let steps = 0;
  for (;;) {
    const step = run.next();
    if (step.done) return { names: step.value, steps };
    steps++;
  }
}

it('holds every name a hover anywhere in the file wants demangled, each once', () => {
  for (const name of ['lineinfo.ptx', 'inline_callproto.ptx', 'features.ptx']) {
    const text = fixture(name);
    const model = parsePtx(text);
    const { names } = allNames(text);
    assert.equal(new Set(names).size, names.length, `${name}: no name twice`);
    const listed = new Set(names);
    let asked = 0;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      for (let character = 0; character < line.length; character += 3) {
        for (const wanted of namesToDemangle(model, { line: i, character })) {
          asked++;
          assert.ok(listed.has(wanted), `${name}:${i + 1}:${character + 1} wants ${wanted}`);
        }
      }
    });
    assert.ok(asked > 0, `${name}: some position asks for a name`);
  }
});

it('reads inlined functions from the debug strings, in steps', () => {
  const functions = Array.from({ length: 40 }, (_, i) => `$L__info_string${i}:\n.b8 95,90,${48 + (i % 10)},102,0\n`).join('');
  const locs = Array.from({ length: 40 }, (_, i) => `\t.loc 1 ${i + 1} 1, function_name $L__info_string${i}, inlined_at 1 1 1\n\tret;\n`).join('');
  const text = `.version 8.5\n.target sm_90\n.address_size 64\n.file 1 "k.cu"\n.visible .entry k()\n{\n${locs}}\n.section .debug_str\n{\n${functions}}\n`;
  const { names, steps } = allNames(text);
  assert.ok(names.includes('k'));
  assert.ok(names.includes('_Z0f') && names.includes('_Z9f'), names.join(' '));
  assert.equal(names.length, 11, 'k and ten distinct strings');
  assert.ok(steps >= 1, 'yields between names');
});
