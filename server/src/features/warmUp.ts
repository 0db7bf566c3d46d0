/**
 * The first hover, definition and completion of a session pay for what is built on first use:
 * the knowledge base's look-ups, the hover text builders, compiled code paths (7–25 ms each,
 * measured on a 23 MB file), the table of `lop3` expressions. `warmUp` runs each once on a
 * small module of our own, so that a server can pay this while it waits for its first document
 * instead of in the user's first requests. Pure: it returns what it answered, for tests.
 */
import { parsePtx } from '../ptx';
import { ptxCompletions } from './completion';
import { ptxHover } from './hover';
import { findDefinition } from './navigation';
import { ptxSignatureHelp } from './signatureHelp';

const SAMPLE = `.version 9.0
.target sm_90a
.address_size 64

.visible .entry warm(.param .u64 warm_param_0)
{
  .reg .pred %p<2>;
  .reg .b32 %r<4>;
  .reg .f32 %f<5>;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [warm_param_0];
  mov.u32 %r1, %tid.x;
  ld.global.nc.L1::no_allocate.v4.f32 {%f1, %f2, %f3, %f4}, [%rd1];
  setp.lt.u32 %p1, %r1, 32;
  @%p1 bra $L__done;
  fma.rn.f32 %f1, %f2, %f3, %f4;
  lop3.b32 %r2, %r1, %r1, %r1, 0x96;
  st.global.f32 [%rd1], %f1;
$L__done:
  ret;
}
`;

/** Hovers every token of the sample's instructions, goes to a definition, asks completion and signature help once. */
export function warmUp(): number {
  const model = parsePtx(SAMPLE);
  const lines = SAMPLE.split('\n');
  let answered = 0;
  lines.forEach((text, line) => {
    if (!/^\s+[@a-z$]/.test(text) || text.trim().startsWith('.reg')) return;
    for (const m of text.matchAll(/[%$\w.:]+/g)) {
      if (ptxHover(model, { line, character: m.index + 1 })) answered++;
    }
  });
  const branch = lines.findIndex((l) => l.includes('bra $L__done'));
  answered += findDefinition(model, 'file:///warm-up.ptx', { line: branch, character: lines[branch].indexOf('$L__done') + 1 }).length;
  const load = lines.findIndex((l) => l.includes('ld.global.nc'));
  answered += ptxCompletions(model, { line: load, character: lines[load].indexOf('nc.') + 3 }).length > 0 ? 1 : 0;
  answered += ptxSignatureHelp(model, { line: load, character: lines[load].indexOf('[%rd1]') }) ? 1 : 0;
  return answered;
}
