/** PTX Lens's own diagnostics: silent on everything ptxas accepts, and agreeing with ptxas where it complains. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePtx } from '../../../server/src/ptx';
import { ptxDiagnostics } from '../../../server/src/features/diagnostics';
import { directives, instructions, pragmas, specialRegisters } from '../../../server/src/knowledge';
import { assemble, findPtxas, wrapExample } from '../../support/ptxExample';

const root = join(__dirname, '..', '..', '..');
const ptxFiles = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ptx')).map((f) => join(root, 'examples', f)),
  ...readdirSync(join(root, 'test/fixtures/ptx')).filter((f) => f.endsWith('.ptx')).map((f) => join(root, 'test/fixtures/ptx', f)),
];

/** Fixtures written to hold pipeline mistakes ptxas accepts: they get notes, and only notes. */
const PLANTED_NOTES = new Set(['wgmma_fence.ptx', 'async_groups.ptx']);

test('nvcc-generated PTX gets no diagnostics (notes only where a fixture plants them)', () => {
  assert.ok(ptxFiles.length >= 3);
  for (const file of ptxFiles) {
    const found = ptxDiagnostics(parsePtx(readFileSync(file, 'utf8')));
    const planted = PLANTED_NOTES.has(file.split('/').pop()!);
    assert.deepEqual(found.filter((d) => !planted || d.severity !== 'information').map((d) => d.message), [], file);
    if (planted) assert.ok(found.length > 0, `${file}: its planted notes`);
  }
});

test('every worked example of the knowledge base parses with no diagnostics', () => {
  const examples = [...instructions, ...specialRegisters, ...directives, ...pragmas].map((entry) => ({
    name: 'opcode' in entry ? entry.opcode : entry.name,
    text: wrapExample(entry.example),
  }));
  const noisy = examples
    .map(({ name, text }) => ({ name, problems: ptxDiagnostics(parsePtx(text)) }))
    .filter(({ problems }) => problems.length > 0)
    .map(({ name, problems }) => `${name}: ${problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('; ')}`);
  assert.deepEqual(noisy, []);
});

test('an unknown instruction is flagged on its opcode', () => {
  const model = parsePtx('.version 9.0\n.target sm_90\n.address_size 64\n.visible .entry k() {\n  frobnicate.u32 %r1;\n  ret;\n}\n');
  const unknown = ptxDiagnostics(model).filter((d) => /Unknown instruction/.test(d.message));
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0].range.start.line, 4);
  assert.equal(unknown[0].range.start.character, 2);
});

const ptxas = findPtxas();
test('where PTX Lens reports an error, ptxas rejects the file too', { skip: ptxas ? false : 'ptxas not installed' }, async () => {
  const broken = [
    '  frobnicate.u32 %r1, 1;',
    '  add.s32 %r1, %r9, 1;',
    '  mov.u32 %q1, 1;',
    '  bra $L__nowhere;',
  ];
  for (const line of broken) {
    const text = `.version 9.0\n.target sm_90\n.address_size 64\n.visible .entry k() {\n  .reg .b32 %r<4>;\n${line}\n  ret;\n}\n`;
    const ours = ptxDiagnostics(parsePtx(text)).filter((d) => d.severity === 'error');
    const theirs = await assemble(ptxas!, text, 'sm_90');
    assert.ok(ours.length > 0, `PTX Lens should flag: ${line}`);
    assert.equal(theirs.ok, false, `ptxas should reject: ${line}`);
  }
});
