/**
 * Completion and signature help in PTX: parts offered in the order the syntax forms allow,
 * operand positions, and the operand under the cursor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ptxCompletions } from '../../../server/src/features/completion';
import { ptxSignatureHelp } from '../../../server/src/features/signatureHelp';
import { typedStatement } from '../../../server/src/features/typedStatement';
import { findInstruction, instructions } from '../../../server/src/knowledge';
import { nextParts, syntaxForms } from '../../../server/src/knowledge/syntaxForms';
import { parsePtx } from '../../../server/src/ptx';

const HEADER = '.version 8.0\n.target sm_90a\n.address_size 64\n\n';

/** A kernel whose body holds `line`; the cursor goes at the end of that line. */
function at(line: string) {
  const text = `${HEADER}.visible .entry k(.param .u64 k_param_0)\n{\n  .reg .pred %p<2>;\n  .reg .b32 %r<4>;\n  .reg .b64 %rd<4>;\n  .reg .f32 %f<4>;\n$L__loop:\n${line}\n  ret;\n}\n`;
  const model = parsePtx(text);
  const lineNo = text.split('\n').indexOf(line);
  return { model, position: { line: lineNo, character: line.length } };
}

const labels = (line: string) => {
  const { model, position } = at(line);
  return ptxCompletions(model, position).map((item) => item.label);
};

test('after wgmma.mma_async.sync.aligned. the shapes come, then the types in order', () => {
  const shapes = labels('  wgmma.mma_async.sync.aligned.');
  assert.ok(shapes.includes('.m64n128k16') && shapes.includes('.m64n256k32'), shapes.slice(0, 8).join(' '));
  assert.ok(!shapes.includes('.f16') && !shapes.includes('.sync'), 'nothing that cannot come next');
  assert.deepEqual(labels('  wgmma.mma_async.sync.aligned.m64n128k16.'), ['.f16', '.f32']);
  const afterF32 = labels('  wgmma.mma_async.sync.aligned.m64n128k16.f32.');
  assert.ok(afterF32.includes('.bf16') && afterF32.includes('.f16') && !afterF32.includes('.e4m3'), afterF32.join(' '));
  assert.deepEqual(labels('  wgmma.mma_async.sync.aligned.m64n128k32.f32.'), ['.e4m3', '.e5m2']);
  assert.deepEqual(labels('  wgmma.mma_async.'), ['.sync']);
});

test('optional parts may be skipped: after ld.global, cache operators, vectors and types; after a type, nothing', () => {
  const afterSpace = labels('  ld.global.');
  for (const part of ['.ca', '.v4', '.b32', '.L2::cache_hint']) assert.ok(afterSpace.includes(part), part);
  assert.ok(!afterSpace.includes('.global') && !afterSpace.includes('.shared'), 'the state space is behind');
  assert.deepEqual(labels('  setmaxnreg.'), ['.inc', '.dec']);
  const tryWait = labels('  mbarrier.try_wait.parity.acquire.');
  assert.ok(tryWait.includes('.cta') && tryWait.includes('.cluster') && !tryWait.includes('.acquire'), tryWait.join(' '));
});

test('a guard or a label before the mnemonic does not change what is offered', () => {
  assert.deepEqual(labels('  @%p1 setmaxnreg.'), ['.inc', '.dec']);
  assert.deepEqual(labels('L1: setmaxnreg.'), ['.inc', '.dec']);
});

test('operand positions: labels after bra, parameters inside [ ], registers of the instruction’s width first', () => {
  assert.deepEqual(labels('  bra '), ['$L__loop']);
  assert.ok(labels('  ld.param.u64 %rd1, [').includes('k_param_0'));
  const { model, position } = at('  add.s64 ');
  const items = ptxCompletions(model, position);
  const first = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))[0];
  assert.equal(first.label, '%rd');
});

test('signature help: the fitting form, each operand named, the active one after each comma', () => {
  const { model, position } = at('  ld.global.nc.v4.f32 {%f0, %f1, %f2, %f3}, ');
  const help = ptxSignatureHelp(model, position);
  assert.ok(help && help.signatures.length > 0);
  assert.equal(help.activeParameter, 1, 'the commas inside { } do not count');
  const [signature] = help.signatures;
  const names = (signature.parameters ?? []).map((p) => signature.label.slice(...(p.label as [number, number])));
  assert.deepEqual(names.slice(0, 2), ['d', '[a]']);
  const first = at('  setmaxnreg.inc.sync.aligned.u32 ');
  const setmaxnreg = ptxSignatureHelp(first.model, first.position);
  assert.equal(setmaxnreg?.activeParameter, 0);
  assert.ok((setmaxnreg?.signatures[0].parameters ?? []).length >= 1);
  assert.equal(ptxSignatureHelp(at('  frobnicate ').model, at('  frobnicate ').position), null);
});

test('typedStatement: blocks end a statement, vector braces do not', () => {
  assert.equal(typedStatement('  { add.s32 %r1, '), ' add.s32 %r1, ');
  assert.equal(typedStatement('  mov.b64 {%r1, %r2}, '), '  mov.b64 {%r1, %r2}, ');
  assert.equal(typedStatement('  ret; bra '), ' bra ');
});

test('every entry’s syntax forms read: each entry has at least one form with operands or an end', () => {
  const unread = instructions.filter((entry) => syntaxForms(entry).length === 0).map((entry) => entry.opcode);
  assert.deepEqual(unread, []);
});

test('property: every instruction of every worked example is read by one of its entry’s forms', () => {
  const unread: string[] = [];
  let read = 0;
  for (const entry of instructions) {
    const model = parsePtx(`${HEADER}${entry.example.code}`);
    for (let stmt = 0; stmt < model.statementCount; stmt++) {
      if (model.stmtKind[stmt] !== 1) continue;
      const mnemonic = model.names[model.stmtAux[stmt]];
      const own = findInstruction(mnemonic);
      if (own !== entry) continue;
      read++;
      if (nextParts(entry, mnemonic.split('.')) === undefined) unread.push(`${entry.opcode}: ${mnemonic}`);
    }
  }
  assert.ok(read > 150, `only ${read} instructions looked at`);
  // Forms the notation cannot express exactly are allowed, but few.
  assert.ok(unread.length <= read * 0.05, `${unread.length} of ${read} not read:\n${unread.join('\n')}`);
});
