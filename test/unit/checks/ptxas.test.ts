/** ptxas's messages: placed on the token they quote, and dropped where an own check says the same. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedTokenSpan, saidByOwnCheck } from '../../../server/src/checks';
import { ptxDiagnostics } from '../../../server/src/features/diagnostics';
import { parsePtx } from '../../../server/src/ptx';

const text = '.version 8.3\n.target sm_90\n.address_size 64\n.visible .entry k()\n{\n  .reg .b32 %r<2>;\n  .reg .b64 %rd<2>;\n  setmaxnreg.inc.sync.aligned.u32 64; // setmaxnreg\n  bra $L__nowhere;\n  cvta.param::entry.u64 %rd1, %rd1;\n  mov.u32 %r10, %r1;\n  mov.u32 %r1, %r10;\n}\n';
const model = parsePtx(text);
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const spanText = (span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

test('the quoted token is found on its line, not inside a comment or a longer name', () => {
  assert.equal(spanText(quotedTokenSpan(model, lineOf('setmaxnreg'), "Instruction 'setmaxnreg.inc' not supported on .target 'sm_90'")), 'setmaxnreg.inc');
  assert.equal(spanText(quotedTokenSpan(model, lineOf('$L__nowhere'), "Unknown symbol '$L__nowhere'")), '$L__nowhere');
  assert.equal(spanText(quotedTokenSpan(model, lineOf('cvta'), "Feature '::entry' requires PTX ISA .version 8.3 or later")), '::entry');
  const r1 = quotedTokenSpan(model, lineOf('mov.u32 %r10, %r1;'), "Unknown symbol '%r1'");
  assert.equal(r1 && model.positionAt(r1.start).character, '  mov.u32 %r10, '.length, '%r1 is not found inside %r10');
  assert.equal(quotedTokenSpan(model, lineOf('bra'), "Unknown symbol 'elsewhere'"), undefined);
  assert.equal(quotedTokenSpan(model, 10_000, "x 'y'"), undefined);
});

test('a ptxas message on a token an own error marks is said once', () => {
  const own = ptxDiagnostics(model);
  const undeclared = quotedTokenSpan(model, lineOf('$L__nowhere'), "Unknown symbol '$L__nowhere'")!;
  assert.ok(saidByOwnCheck(own, undeclared));
  const mismatch = quotedTokenSpan(model, lineOf('mov.u32 %r10'), "Arguments mismatch for instruction 'mov'")!;
  assert.ok(saidByOwnCheck(own, mismatch, "Arguments mismatch for instruction 'mov'", model), 'the own check marks the operand at fault on that line');
  const elsewhere = quotedTokenSpan(model, lineOf('cvta'), "Feature '::entry' requires PTX ISA .version 8.3 or later")!;
  assert.ok(!saidByOwnCheck(own, elsewhere), 'nothing of ours on that token');
});
