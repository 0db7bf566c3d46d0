import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asmAt, asmStatementAt, findAsmBlocks } from '../../server/src/cuda/inlineAsm';

const SOURCE = `// asm("not this");
__device__ int4 load(const int4* p) {
  int4 v; const char* s = "asm(no)";
  asm volatile("ld.global.nc.L1::no_allocate.v4.s32 {%0, %1, %2, %3}, [%4];"
               : "=r"(v.x), "=r"(v.y), "=r"(v.z), "=r"(v.w) : "l"(p));
  asm("{\\n\\t.reg .pred p;\\n\\t"
      "setp.ne.s32 p, %1, 0;\\n\\t@p selp.s32 %0, 1, 0, p;\\n\\t}" : "=r"(r) : "r"(x));
  asm("mov.u32 %0, %%lanemask_lt;" : "=r"(m));
  return v;
}`;

test('finds each asm statement, skipping comments and ordinary strings', () => {
  const blocks = findAsmBlocks(SOURCE);
  assert.equal(blocks.length, 3);
  assert.equal(blocks[0].template, 'ld.global.nc.L1::no_allocate.v4.s32 {%0, %1, %2, %3}, [%4];');
  assert.equal(blocks[1].template, '{\n\t.reg .pred p;\n\tsetp.ne.s32 p, %1, 0;\n\t@p selp.s32 %0, 1, 0, p;\n\t}');
  assert.equal(blocks[2].template, 'mov.u32 %0, %%lanemask_lt;');
});

test('maps a source offset to the instruction and the part under it', () => {
  const blocks = findAsmBlocks(SOURCE);
  const at = (needle: string, delta = 0) => {
    const found = asmAt(blocks, SOURCE.indexOf(needle) + delta);
    assert.ok(found, needle);
    return asmStatementAt(found.block.template, found.index);
  };
  const load = at('L1::no_allocate', 3);
  assert.equal(load?.mnemonic, 'ld.global.nc.L1::no_allocate.v4.s32');
  assert.equal(load?.at.kind, 'mnemonic');
  assert.deepEqual(load?.operands, ['{%0, %1, %2, %3}', '[%4]']);

  const selp = at('selp', 1);
  assert.equal(selp?.mnemonic, 'selp.s32');
  assert.equal(selp?.guard, '@p');

  const address = at('[%4]', 1);
  assert.equal(address?.at.kind, 'operand');
  assert.equal(address?.at.index, 1);

  const special = at('%%lanemask_lt', 4);
  assert.equal(special?.at.text, '%lanemask_lt');

  const reg = at('.reg', 1);
  assert.equal(reg?.at.kind, 'directive');
  assert.equal(asmAt(blocks, SOURCE.indexOf('"=r"(v.x)') + 1), undefined, 'constraints are not PTX');
});

test('never throws on truncated or odd input', () => {
  for (const text of ['asm(', 'asm volatile("add.s32 %0', 'asm("\\', '__asm__ __volatile__ ("bar.sync 0;")', 'basm("x")', '']) {
    const blocks = findAsmBlocks(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const found = asmAt(blocks, offset);
      if (found) asmStatementAt(found.block.template, found.index);
    }
  }
  assert.equal(findAsmBlocks('basm("x")').length, 0);
  assert.equal(findAsmBlocks('__asm__ __volatile__ ("bar.sync 0;")')[0].template, 'bar.sync 0;');
});
