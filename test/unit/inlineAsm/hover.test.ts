import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineAsmModel } from '../../../server/src/inlineAsm';
import { hoverCuda } from '../../../server/src/features/cudaHover';

const TEXT = readFileSync(join(__dirname, '../../fixtures/cuda/inline_asm.cu'), 'utf8');
const model = { text: TEXT, asm: inlineAsmModel(TEXT) };

/** The hover at `delta` characters into the first occurrence of `needle` (after `after`, if given). */
function hoverAt(needle: string, delta = 0, after = '') {
  const from = after ? TEXT.indexOf(after) : 0;
  const at = TEXT.indexOf(needle, from);
  assert.ok(at >= 0, needle);
  const hover = hoverCuda(model, at + delta);
  assert.ok(hover, `no hover on ${needle}`);
  return { ...hover, text: TEXT.slice(hover.start, hover.end) };
}

test('%4 of a streaming load names the pointer, its "l" constraint and its role', () => {
  const hover = hoverAt('[%4]', 2);
  assert.equal(hover.text, '%4');
  assert.match(hover.markdown, /`%4` → `ptr` — input operand 4/);
  assert.match(hover.markdown, /`"l"`: 64-bit integer register/);
  assert.match(hover.markdown, /`\[%4\]` of `ld\.global\.nc\.L1::no_allocate\.v4\.s32`: \*address\*/);
});

test('an output operand inside a vector says it is written', () => {
  const hover = hoverAt('%2, %3}, [%4]', 1);
  assert.match(hover.markdown, /`%2` → `v\.z` — output operand 2/);
  assert.match(hover.markdown, /written only/);
  assert.match(hover.markdown, /\*destination\*/);
});

test('tensor coordinates and the mbarrier of a TMA load get their own roles', () => {
  const coordinate = hoverAt('%3, %4}], [%2]', 1);
  assert.match(coordinate.markdown, /`%3` → `x`/);
  assert.match(coordinate.markdown, /`tensorCoords`/);
  const barrier = hoverAt('[%2];"', 2);
  assert.match(barrier.markdown, /`%2` → `smem_address\(bar\)`/);
  assert.match(barrier.markdown, /`\[mbar\]`/);
});

test('the C++ operand says which %N it is and where the template uses it', () => {
  const hover = hoverAt('"l"(ptr));', 5);
  assert.equal(hover.text, 'ptr');
  assert.match(hover.markdown, /input operand `%4`/);
  assert.match(hover.markdown, /Used by:\n- `\[%4\]` of `ld\.global\.nc/);
});

test('a modifier that comes from a #define string is explained where the macro is used', () => {
  const hover = hoverAt('".v4.s32', 2);
  assert.match(hover.markdown, /\*\*`\.v4`\*\*/);
  assert.match(hover.markdown, /`\.L1::no_allocate`/, 'the macro text is part of the instruction');
});

test('special registers behind %% and labels of a scoped block', () => {
  assert.match(hoverAt('%%lanemask_lt', 3).markdown, /\*\*%lanemask_lt\*\*/);
  const label = hoverAt('WAIT_AGAIN;', 1);
  assert.equal(label.text, 'WAIT_AGAIN');
  assert.match(label.markdown, /label defined in this asm statement; 1 branch reaches it/);
});

test('an "n" constant shows the C++ expression and that it becomes an immediate', () => {
  const hover = hoverAt('u32 %0;\\n"', 4);
  assert.match(hover.markdown, /`%0` → `kRegisters`/);
  assert.match(hover.markdown, /integer constant known at compile time/);
});
