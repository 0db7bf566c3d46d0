/**
 * `instructionOutline`, the cheap read of an instruction that inline-asm analysis uses, says
 * the same as `materializeInstruction` about the guard, the mnemonic and every operand's text
 * and offsets: on the fixtures, and on random instruction-like text.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { instructionOutline, materializeInstruction, parsePtx, StatementKind } from '../../../server/src/ptx';
import { fixture } from './support';

function agree(text: string): number {
  const model = parsePtx(text);
  let compared = 0;
  for (let stmt = 0; stmt < model.statementCount; stmt++) {
    if (model.stmtKind[stmt] !== StatementKind.Instruction) continue;
    const full = materializeInstruction(model, stmt)!;
    const outline = instructionOutline(model, stmt)!;
    assert.deepEqual(
      { mnemonic: outline.mnemonic, at: [outline.mnemonicStart, outline.mnemonicEnd], guard: outline.guard && [outline.guard.negated, outline.guard.register], operands: outline.operands },
      { mnemonic: full.mnemonic, at: [full.mnemonicStart, full.mnemonicEnd], guard: full.guard && [full.guard.negated, full.guard.register], operands: full.operands.map((o) => ({ text: o.text, start: o.start, end: o.end })) },
      `statement ${stmt}: ${model.statementText(stmt)}`,
    );
    compared++;
  }
  return compared;
}

it('agrees with the full reading on every instruction of the fixtures', () => {
  let compared = 0;
  for (const name of ['lineinfo.ptx', 'inline_callproto.ptx', 'hopper.ptx']) compared += agree(fixture(name));
  assert.ok(compared > 100, `compared ${compared} instructions`);
});

const PIECES = ['@%p1', '@!%p2', 'ld.global.v4.f32', 'wgmma.mma_async.sync.aligned.m64n8k16.f32.bf16.bf16', ' ', '\t', '\n', ',', ', ', '{', '}', '[', ']', '(', ')', '+', '%r1', '%rd2', '0x40', '-1', '"s,t"', '// c, d\n', '/* x, y */', '_', '|', ';'];

it('agrees with the full reading on random instruction-like text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      agree(`.version 9.0\n.target sm_90a\n.address_size 64\n.func f()\n{\n${pieces.join('')}\n}\n`);
    }),
    { numRuns: 400 },
  );
});
