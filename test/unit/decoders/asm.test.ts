/**
 * Decoders inside inline assembly: a number written in the template and a `%N` bound to a C++
 * constant (`"n"(0xE8)`) are decoded on hover; a `%N` bound to a variable gets the layout its
 * value must follow. The fixture compiles with nvcc for sm_90a (checked where nvcc is installed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cxxIntegerLiteral } from '../../../server/src/decoders';
import { inlineAsmModel } from '../../../server/src/inlineAsm';
import { hoverInlineAsm } from '../../../server/src/features/asmHover';

const PATH = join(__dirname, '../../fixtures/cuda/asm_decoded.cu');
const text = readFileSync(PATH, 'utf8');
const model = inlineAsmModel(text);

/** The decoded part of the hover at the first character of `needle`'s `at`-th character. */
function decodedAt(needle: string, at = 1): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const markdown = hoverInlineAsm(model, offset + at)?.markdown ?? '';
  const start = markdown.indexOf('**Decoded**');
  return start < 0 ? '' : markdown.slice(start);
}

test('a %N bound to a C++ constant, and a number in the template, are decoded', () => {
  assert.match(decodedAt('%4;" : "=r"(d) : "r"(a), "r"(b), "r"(c), "n"'), /0xe8: d = .*\n\n- majority of a, b, c/);
  assert.match(decodedAt('0x96'), /0x96: d = a \^ b \^ c/);
});

test('a descriptor in a variable gets the layout to fill in', () => {
  const layout = decodedAt('%4, %5');
  assert.match(layout, /wgmma matrix descriptor: a 64-bit value, laid out as below/);
  assert.match(layout, /\| 63–62 \| swizzle \|/);
});

test('C++ integer literals', () => {
  assert.equal(cxxIntegerLiteral('0xE8'), 0xe8n);
  assert.equal(cxxIntegerLiteral('150u'), 150n);
  assert.equal(cxxIntegerLiteral("1'000ull"), 1000n);
  assert.equal(cxxIntegerLiteral('0b1010'), 10n);
  assert.equal(cxxIntegerLiteral('017'), 15n);
  assert.equal(cxxIntegerLiteral('(64)'), 64n);
  assert.equal(cxxIntegerLiteral('-1'), -1n);
  assert.equal(cxxIntegerLiteral('x + 1'), undefined);
  assert.equal(cxxIntegerLiteral('0x'), undefined);
});

const nvcc = spawnSync('nvcc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!nvcc) console.error('SKIPPED: nvcc is not installed, so asm_decoded.cu was not compiled.');
test('the fixture compiles for sm_90a', { skip: nvcc ? false : 'nvcc not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-decoded-'));
  try {
    const run = spawnSync('nvcc', ['--ptx', '-arch=sm_90a', PATH, '-o', join(dir, 'out.ptx')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
