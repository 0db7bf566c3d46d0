import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkModel, parsePtx } from '../../../server/src/ptx';
import { FIXTURES, fixture, module, ptxasAccepts } from './support';

function check(text: string): string[] {
  return checkModel(parsePtx(text)).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

describe('checkModel', () => {
  it('reports nothing on nvcc output (all fixtures assemble with ptxas)', () => {
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.ptx'))) assert.deepEqual(check(fixture(name)), [], name);
  });

  it('reports undeclared registers, out-of-range registers, unknown labels and duplicates', () => {
    const text = module(`.global .u32 g;
.global .u32 g;
.entry k()
{
  .reg .b32 %r<4>;
  .reg .b32 %r<4>;
  .reg .pred %p;
  mov.u32 %r1, %tid.x;
  mov.u32 %r4, %r1;
  mov.u32 %q, 1;
  ld.global.u32 %r2, [g];
  ld.global.u32 %r3, [gg];
  @%p bra NOWHERE;
L:
L:
  ret;
}
`);
    assert.deepEqual(check(text), [
      '5:13 Duplicate declaration of g (first declared on line 5)',
      '9:12 Duplicate declaration of %r (first declared on line 9)',
      '12:10 %r4 is outside its declaration %r<4> (%r0 … %r3)',
      '13:10 Register %q is not declared',
      "15:22 'gg' is not declared (no label, parameter, variable or function of that name)",
      "16:10 'NOWHERE' is not declared (no label, parameter, variable or function of that name)",
      '18:0 Duplicate label L (first defined on line 18)',
    ]);
    assert.notEqual(ptxasAccepts(text), true, 'ptxas rejects it too');
  });

  it('leaves special registers, the _ sink, WARP_SZ and block-scoped names alone', () => {
    const text = module(`.entry k()
{
  .reg .b32 %r<3>;
  .reg .b64 %rd<2>;
  mov.u32 %r1, %clock;
  mov.u32 %r2, %envreg7;
  mov.u32 %r1, WARP_SZ;
  mbarrier.arrive.shared::cta.b64 _, [%rd1];
  {
    .reg .b32 t;
    mov.b32 t, %r1;
  }
  {
    .reg .b32 t;
    mov.b32 t, %r2;
  }
  ret;
}
`);
    assert.deepEqual(check(text), []);
    assert.notEqual(ptxasAccepts(text), false, 'ptxas accepts it');
  });

  it('flags a name used outside the block that declares it', () => {
    const text = module(`.entry k()
{
  {
    .reg .b32 t;
    mov.b32 t, 1;
  }
  mov.b32 t, 2;
  ret;
}
`);
    assert.deepEqual(check(text), ["10:10 't' is not declared (no label, parameter, variable or function of that name)"]);
  });
});
