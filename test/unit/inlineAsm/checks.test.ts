import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInlineAsm, inlineAsmModel, type AsmDiagnostic } from '../../../server/src/inlineAsm';

const CUDA = join(__dirname, '../../fixtures/cuda');
const read = (name: string) => readFileSync(join(CUDA, name), 'utf8');

function check(text: string): Array<AsmDiagnostic & { text: string; line: number }> {
  return checkInlineAsm(inlineAsmModel(text)).map((d) => ({ ...d, text: text.slice(d.start, d.end), line: text.slice(0, d.start).split('\n').length }));
}

test('silent on inline PTX that nvcc and ptxas accept', () => {
  const found = check(read('inline_asm.cu'));
  assert.deepEqual(found.map((d) => `${d.line}: ${d.code} ${d.message}`), []);
});

test('each planted mistake is found where it is written', () => {
  const text = read('asm_defects.cu');
  const found = check(text);
  const summary = found.map((d) => [d.code, d.text]);
  assert.deepEqual(summary, [
    ['asm-address-width', '%1'],
    ['asm-memory-clobber', 'asm'],
    ['asm-unknown-modifier', '.L1::no_alocate'],
    ['asm-operand-number', '%3'],
    ['asm-unused-operand', '"r"(b)'],
    ['asm-register-width', '%0'],
    ['asm-write-to-input', '%0'],
  ]);
  const clobber = found.find((d) => d.code === 'asm-memory-clobber')!;
  assert.equal(clobber.severity, 'information');
  assert.ok(found.filter((d) => d.code !== 'asm-memory-clobber').every((d) => d.severity === 'warning'), 'never an error');
});

/** Applies a diagnostic's fix to the text. */
function applyFix(text: string, d: AsmDiagnostic): string {
  const edits = [...d.fix!.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('quick fixes: "r" → "l" on a cut pointer, and a "memory" clobber', () => {
  const text = read('asm_defects.cu');
  const found = check(text);
  const width = found.find((d) => d.code === 'asm-address-width')!;
  const widened = applyFix(text, width);
  assert.match(widened, /: "=r"\(v\) : "l"\(static_cast/);
  assert.ok(!check(widened).some((d) => d.code === 'asm-address-width'));
  const clobber = found.find((d) => d.code === 'asm-memory-clobber')!;
  const fixed = applyFix(text, clobber);
  assert.match(fixed, /asm volatile\("st\.global\.b32 \[%0\], %1;" :: "l"\(ptr\), "r"\(value\) : "memory"\);/);
  assert.ok(!check(fixed).some((d) => d.code === 'asm-memory-clobber'));
});

test('the "memory" fix adds the colons a statement lacks', () => {
  for (const [statement, expected] of [
    ['asm volatile("st.global.b32 [%0], 1;" :: "l"(p));', 'asm volatile("st.global.b32 [%0], 1;" :: "l"(p) : "memory");'],
    ['asm volatile("fence.acq_rel.gpu;");', 'asm volatile("fence.acq_rel.gpu;" ::: "memory");'],
    ['asm volatile("red.global.add.u32 [%0], 1;" :: "l"(p) : "cc");', 'asm volatile("red.global.add.u32 [%0], 1;" :: "l"(p) : "cc", "memory");'],
  ]) {
    const [d] = check(statement).filter((x) => x.code === 'asm-memory-clobber');
    assert.ok(d, statement);
    assert.equal(applyFix(statement, d), expected);
  }
});

test('symbolic operand names, which nvcc cannot compile, are flagged with a fix', () => {
  const text = 'asm volatile("mbarrier.try_wait.parity.shared::cta.b64 p, [%[bar]], %1;" :: [bar] "r"(a), "r"(b) : "memory");';
  const [d] = check(text).filter((x) => x.code === 'asm-symbolic-operand');
  assert.equal(d.text, '%[bar]');
  assert.equal(applyFix(text, d), text.replace('%[bar]', '%0'));
});

test('no width complaint where PTX allows the register: sub-word loads, packing moves, mixed types, cache policies', () => {
  for (const statement of [
    'asm volatile("ld.global.b8 %0, [%1];" : "=h"(x) : "l"(p));',
    'asm volatile("st.global.b8 [%0], %1;" :: "l"(p), "r"(x) : "memory");',
    'asm("mov.b64 %0, {%1, %2};" : "=l"(x) : "r"(lo), "r"(hi));',
    'asm("add.rn.f32.bf16 %0, %1, %0;" : "+f"(acc) : "h"(b));',
    'asm volatile("ld.global.L2::cache_hint.v4.s32 {%0, %1, %2, %3}, [%4], %5;" : "=r"(a), "=r"(b), "=r"(c), "=r"(d) : "l"(p), "l"(policy));',
    'asm volatile("tcgen05.ld.sync.aligned.32x32b.x1.b32 {%0}, [%1];" : "=r"(v) : "r"(taddr));',
    'asm volatile("cp.async.ca.shared.global [%0], [%1], 16;" :: "r"(s), "l"(g) : "memory");',
  ]) {
    assert.deepEqual(check(statement).filter((d) => d.severity !== 'information').map((d) => d.message), [], statement);
  }
});

test('an operand written by one instruction may be read by the next', () => {
  const text = 'asm("{\\n.reg .pred p;\\nmov.u32 %0, 1;\\nadd.u32 %0, %0, %1;\\n}" : "=r"(x) : "r"(y));';
  assert.deepEqual(check(text).map((d) => d.code), []);
  const early = 'asm("add.u32 %0, %0, %1;" : "=r"(x) : "r"(y));';
  assert.deepEqual(check(early).map((d) => d.code), ['asm-read-before-write']);
});
