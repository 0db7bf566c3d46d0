/**
 * The per-statement ptxas check against the real ptxas (and nvcc for one fact): skipped, and
 * said loudly, where the CUDA toolkit is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineAsmModel, judgeStatements, placePtxasMessages, synthesiseModule, type PtxasMessage } from '../../../server/src/inlineAsm';
import { checkAsmText } from '../../../server/src/cli/checkAsm';
import { CUDA, NO_NVCC, realToolchain } from '../toolchain/helpers';

const skip = NO_NVCC;
const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-asm-test-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** ptxas on a module for a target: its messages by line (no shell). */
async function assemble(module: string, target: string): Promise<PtxasMessage[]> {
  const file = join(dir, 'm.ptx');
  writeFileSync(file, module);
  const run = spawnSync(realToolchain!.ptxas!, ['-arch', target, file, '-o', join(dir, 'm.cubin')], { encoding: 'utf8' });
  return `${run.stderr}\n${run.stdout}`
    .split('\n')
    .map((line) => /line (\d+); (error|warning)\s*: (.*)/.exec(line))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ line: Number(m[1]), severity: m[2] as 'error' | 'warning', message: m[3] }));
}

async function judge(source: string, target: string) {
  const model = inlineAsmModel(source);
  const analyses = model.statements.map((s) => model.analysis(s));
  const verdicts = await judgeStatements(analyses, target, assemble);
  return verdicts.map((verdict, k) => ({
    target: verdict?.target,
    found: verdict ? placePtxasMessages(source, analyses[k], verdict.messages).map((d) => ({ text: source.slice(d.start, d.end), message: d.message, severity: d.severity })) : undefined,
  }));
}

test('every statement of the clean fixture assembles, on sm_90a', { skip }, async () => {
  const { problems, statements, note } = await checkAsmText(readFileSync(join(CUDA, 'inline_asm.cu'), 'utf8'), { arch: 'sm_90a', ptxas: true });
  assert.equal(note, undefined);
  assert.equal(statements, 10);
  assert.deepEqual(problems.filter((p) => p.severity !== 'information'), []);
});

test('ptxas findings land on the token inside the string literal', { skip }, async () => {
  const source = readFileSync(join(CUDA, 'asm_defects.cu'), 'utf8');
  const verdicts = await judge(source, 'sm_90a');
  const found = verdicts.flatMap((v) => v.found ?? []);
  assert.ok(found.some((f) => f.text === '.L1::no_alocate' && /Unknown modifier/.test(f.message)), JSON.stringify(found));
  assert.ok(found.some((f) => f.text === 'add' && /Arguments mismatch/.test(f.message)), JSON.stringify(found));
  assert.ok(found.every((f) => f.severity === 'warning'), 'ptxas rejections are warnings: the statement may never be instantiated');
});

test('a statement for another architecture is judged on a target that has it, not flagged', { skip }, async () => {
  const source = [
    'asm volatile("tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [%0], 32;" :: "r"(dst) : "memory");',
    'asm volatile("wgmma.fence.sync.aligned;" ::: "memory");',
  ].join('\n');
  const verdicts = await judge(source, 'sm_90a');
  assert.deepEqual(verdicts.map((v) => v.target), ['sm_100a', 'sm_90a']);
  assert.deepEqual(verdicts.map((v) => v.found), [[], []]);
});

test('constants the source does not spell out are learnt from ptxas, not reported', { skip }, async () => {
  const source = [
    'asm volatile("wgmma.mma_async.sync.aligned.m64n8k16.f32.bf16.bf16 {%0, %1, %2, %3}, %4, %5, p, %6, %7, %8, %9;"',
    '  : "+f"(d0), "+f"(d1), "+f"(d2), "+f"(d3) : "l"(da), "l"(db), "n"(int32_t(ScaleA)), "n"(int32_t(ScaleB)), "n"(int32_t(TransA)), "n"(int32_t(TransB)));',
    'asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;" :: "n"(RegCount));',
  ].join('\n');
  // `p` is declared by the caller's template in real code; here it is part of the statement.
  const withPredicate = source.replace('"wgmma.', '"{\\n.reg .pred p;\\nsetp.ne.b32 p, 1, 0;\\nwgmma.').replace('%8, %9;"', '%8, %9;\\n}"');
  const verdicts = await judge(withPredicate, 'sm_90a');
  assert.deepEqual(verdicts.map((v) => v.found), [[], []]);
});

test('the synthesised module declares each operand with its constraint\'s register type', () => {
  const model = inlineAsmModel('asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); asm("add.u64 %0, %1, 8;" : "=l"(a) : "l"(b));');
  const module = synthesiseModule(model.statements.map((s) => model.analysis(s)), { target: 'sm_80' });
  assert.match(module.text, /\.reg \.b16 %0;\n\.reg \.f32 %1;\ncvt\.rn\.f16\.f32 %0, %1;/);
  assert.match(module.text, /\.reg \.b64 %0;\n\.reg \.b64 %1;\nadd\.u64 %0, %1, 8;/);
});

test('nvcc rejects symbolic operand names in inline PTX (why PTX Lens flags %[name])', { skip }, () => {
  const file = join(dir, 'named.cu');
  writeFileSync(file, '__global__ void k(unsigned* out, unsigned a) { unsigned r; asm("add.u32 %[r], %[a], 1;" : [r] "=r"(r) : [a] "r"(a)); *out = r; }\n');
  const run = spawnSync(realToolchain!.nvcc, ['--ptx', '-arch=sm_80', file, '-o', join(dir, 'named.ptx')], { encoding: 'utf8' });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /symbolic operand reference not supported/);
});
