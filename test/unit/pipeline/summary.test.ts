/** The one-line pipeline summary of a function, for its lens. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipelineSummary } from '../../../server/src/pipeline';
import { ptxLenses } from '../../../server/src/features/ptxLens';
import { parsePtx } from '../../../server/src/ptx';
import { fixture } from '../ptx/support';

const summaries = (text: string) => {
  const model = parsePtx(text);
  return model.functions.map((fn) => pipelineSummary(model, fn));
};

const SPECIALISED = `.version 8.5\n.target sm_90a\n.address_size 64\n.visible .entry ws(.param .u64 p)\n{\n\t.reg .b32 %r<4>;\n\t.reg .b64 %rd<4>;\n\t.shared .align 8 .b64 full[2];\n\tmbarrier.init.shared::cta.b64 [full], 1;\n\tmbarrier.init.shared::cta.b64 [full+8], 1;\n\tsetmaxnreg.dec.sync.aligned.u32 40;\n\tcp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%r1], [%rd1, {%r2, %r3}], [full];\n\tsetmaxnreg.inc.sync.aligned.u32 232;\n\twgmma.fence.sync.aligned;\n\twgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16 {%r1, %r2, %r3, %r1}, %rd2, %rd3, 1, 1, 1, 0, 0;\n\tret;\n}\n`;

test('a warp-specialised kernel: copies, barriers, tensor cores and the register split', () => {
  assert.deepEqual(summaries(SPECIALISED), ['TMA → 2 × mbarrier.init → wgmma · setmaxnreg .dec 40 / .inc 232']);
});

test('cp.async pipelines and plain kernels', () => {
  assert.deepEqual(summaries(fixture('async_groups.ptx')), ['cp.async', 'cp.async', 'cp.async']);
  assert.deepEqual(summaries(fixture('wgmma_fence.ptx')), ['wgmma', 'wgmma']);
  assert.ok(summaries(fixture('lineinfo.ptx')).every((s) => s === undefined), 'nothing asynchronous: no line');
});

test('the PTX lens shows it', () => {
  const titles = ptxLenses(parsePtx(SPECIALISED), undefined).map((l) => l.command?.title);
  assert.ok(titles.includes('TMA → 2 × mbarrier.init → wgmma · setmaxnreg .dec 40 / .inc 232'), titles.join('\n'));
});
