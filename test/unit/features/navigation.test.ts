import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location, TextEdit } from 'vscode-languageserver';
import { parsePtx } from '../../../server/src/ptx';
import { documentHighlights, findDefinition, findReferences, prepareRename, rename } from '../../../server/src/features/navigation';
import { fixture, module, pos } from '../ptx/support';

const URI = 'file:///k.ptx';

/** Text at each location, as `line:char text`. */
function texts(text: string, locs: Array<Location | TextEdit>): string[] {
  const lines = text.split('\n');
  return locs.map((l) => {
    const r = l.range;
    return `${r.start.line}:${r.start.character} ${lines[r.start.line].slice(r.start.character, r.end.character)}`;
  });
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const src = module(`.global .align 4 .u32 counter;
.func (.param .b32 ret) helper(.param .b32 x)
{
  .reg .b32 %r<4>;
  ld.param.b32 %r1, [x];
  add.s32 %r2, %r1, %r1;
  st.param.b32 [ret], %r2;
  ret;
}
.visible .entry k(.param .u64 out)
{
  .reg .b32 %r<4>;
  .reg .b32 %acc;
  .reg .pred %p<2>;
  mov.u32 %r1, %tid.x;
  mov.u32 %acc, 0;
LOOP:
  add.s32 %acc, %acc, %r1;
  setp.lt.u32 %p1, %acc, 100;
  @%p1 bra LOOP;
  {
    .param .b32 a0;
    .param .b32 r0;
    st.param.b32 [a0], %acc;
    call.uni (r0), helper, (a0);
    ld.param.b32 %r2, [r0];
  }
  ld.global.u32 %r3, [counter];
  ret;
}
`);
const m = parsePtx(src);

describe('definition and references', () => {
  it('registers are scoped to their function', () => {
    const p = pos(src, '%r1, %tid.x', 1);
    assert.deepEqual(texts(src, findDefinition(m, URI, p)), [`${pos(src, '%r<4>', 0, 1).line}:12 %r<4>`]);
    const refs = texts(src, findReferences(m, URI, p));
    assert.deepEqual(refs, ['15:12 %r<4>', '18:10 %r1', '21:22 %r1']);
    assert.deepEqual(texts(src, findReferences(m, URI, p, false)), ['18:10 %r1', '21:22 %r1']);
  });

  it('a plain register, a label and a block-scoped param', () => {
    assert.deepEqual(texts(src, findReferences(m, URI, pos(src, '%acc, 0', 2))), ['16:12 %acc', '19:10 %acc', '21:10 %acc', '21:16 %acc', '22:19 %acc', '27:23 %acc']);
    assert.deepEqual(texts(src, findDefinition(m, URI, pos(src, 'bra LOOP', 5))), ['20:0 LOOP']);
    assert.deepEqual(texts(src, findReferences(m, URI, pos(src, 'LOOP:', 1))), ['20:0 LOOP', '23:11 LOOP']);
    assert.deepEqual(texts(src, findDefinition(m, URI, pos(src, '[a0]', 2))), ['25:16 a0']);
  });

  it('functions, params and module variables', () => {
    assert.deepEqual(texts(src, findDefinition(m, URI, pos(src, 'helper, (a0)', 1))), ['5:24 helper']);
    assert.deepEqual(texts(src, findReferences(m, URI, pos(src, 'helper(', 1))), ['5:24 helper', '28:19 helper']);
    assert.deepEqual(texts(src, findDefinition(m, URI, pos(src, '[x]', 1))), ['5:43 x']);
    assert.deepEqual(texts(src, findReferences(m, URI, pos(src, 'counter]', 1))), ['4:22 counter', '31:22 counter']);
  });

  it('names declared in sibling blocks (nvcc call sequences) stay apart', () => {
    const text = module(`.func f(.param .b32 x)
{
  ret;
}
.entry k()
{
  .reg .b32 %t;
  {
    .param .b32 param0;
    st.param.b32 [param0], %t;
    call.uni f, (param0);
  }
  {
    .param .b32 param0;
    st.param.b32 [param0], %t;
    call.uni f, (param0);
  }
  ret;
}
`);
    const model = parsePtx(text);
    assert.deepEqual(texts(text, findReferences(model, URI, pos(text, '[param0]', 2, 0))), ['12:16 param0', '13:18 param0', '14:17 param0']);
    assert.deepEqual(texts(text, findReferences(model, URI, pos(text, '[param0]', 2, 1))), ['17:16 param0', '18:18 param0', '19:17 param0']);
    assert.deepEqual(texts(text, findDefinition(model, URI, pos(text, '(param0)', 2, 1))), ['17:16 param0']);
  });

  it('special registers and opcodes have no definition', () => {
    assert.deepEqual(findDefinition(m, URI, pos(src, '%tid.x', 1)), []);
    assert.deepEqual(findDefinition(m, URI, pos(src, 'mov.u32 %r1', 1)), []);
  });

  it('document highlight marks writes', () => {
    const hl = documentHighlights(m, pos(src, '%acc, 0', 2));
    assert.deepEqual(
      hl.map((h) => h.kind),
      [1, 3, 3, 2, 2, 2],
    );
  });

  it('works on nvcc output', () => {
    const text = fixture('lineinfo.ptx');
    const model = parsePtx(text);
    const refs = findReferences(model, URI, pos(text, '%r12, [saxpy_param_0]', 1));
    assert.ok(refs.length >= 3);
    assert.ok(texts(text, refs).every((t) => t.endsWith('%r12') || t.endsWith('%r<28>')));
    // %r12 of another function is not included.
    const fnLines = [pos(text, '.entry saxpy').line, pos(text, '.entry _Z6reduceIfLi4').line];
    assert.ok(refs.every((r) => r.range.start.line > fnLines[0] && r.range.start.line < fnLines[1]));
  });
});

describe('rename', () => {
  it('renames a plain register in its function only', () => {
    const res = rename(m, URI, pos(src, '%acc, 0', 2), '%sum');
    assert.ok('edit' in res);
    const out = applyEdits(src, res.edit.changes![URI]);
    assert.equal((out.match(/%sum/g) ?? []).length, 6);
    assert.ok(!out.includes('%acc'));
  });

  it('renames a register range prefix, all elements together', () => {
    const prep = prepareRename(m, pos(src, '%r1, %tid.x', 2));
    assert.ok('placeholder' in prep);
    assert.equal(prep.placeholder, '%r');
    const res = rename(m, URI, pos(src, '%r1, %tid.x', 2), '%t');
    assert.ok('edit' in res);
    const out = applyEdits(src, res.edit.changes![URI]);
    const k = out.slice(out.indexOf('.entry k'));
    assert.match(k, /\.reg \.b32 %t<4>;/);
    assert.match(k, /mov\.u32 %t1, %tid\.x;/);
    assert.match(k, /ld\.param\.b32 %t2, \[r0\];/);
    // helper keeps its own %r registers.
    assert.match(out, /add\.s32 %r2, %r1, %r1;/);
  });

  it('renames a label', () => {
    const res = rename(m, URI, pos(src, 'bra LOOP', 6), 'AGAIN');
    assert.ok('edit' in res);
    const out = applyEdits(src, res.edit.changes![URI]);
    assert.match(out, /^AGAIN:$/m);
    assert.match(out, /bra AGAIN;/);
  });

  it('refuses invalid names, collisions and non-renamable symbols', () => {
    const err = (r: ReturnType<typeof rename>) => ('error' in r ? r.error : 'no error');
    assert.match(err(rename(m, URI, pos(src, '%acc, 0', 2), '%1bad-')), /not a valid PTX identifier/);
    assert.match(err(rename(m, URI, pos(src, '%acc, 0', 2), 'acc')), /must start with %/);
    assert.match(err(rename(m, URI, pos(src, '%acc, 0', 2), '%r1')), /already/);
    assert.match(err(rename(m, URI, pos(src, '%acc, 0', 2), '%tid')), /special register/);
    assert.match(err(rename(m, URI, pos(src, '%r1, %tid.x', 2), '%p')), /already declared/);
    assert.match(err(rename(m, URI, pos(src, '%r1, %tid.x', 2), '%q1')), /digit/);
    assert.match(err(rename(m, URI, pos(src, 'LOOP:', 1), 'k')), /already used/);
    assert.match(err(rename(m, URI, pos(src, '%tid.x', 2), '%x')), /special register/);
    const prep = prepareRename(m, pos(src, 'mov.u32 %r1', 2));
    assert.ok('error' in prep);
  });

  it('refuses to rename a label that debug sections point at, allows the others', () => {
    const text = fixture('debug.ptx');
    const model = parsePtx(text);
    const tmp = prepareRename(model, pos(text, '$L__tmp10:', 3));
    assert.ok('error' in tmp && /debug information/.test(tmp.error));
    const bb = prepareRename(model, pos(text, '$L__BB2_2:', 3));
    assert.ok('placeholder' in bb, JSON.stringify(bb));
  });
});
