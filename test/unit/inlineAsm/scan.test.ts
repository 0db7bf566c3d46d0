import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAsmStatements, statementAt, stringMacros, templateOffsetAt } from '../../../server/src/inlineAsm';

const SOURCE = `// asm("not this");
#define NO_ALLOC ".L1::no_allocate"
__device__ int4 load(const int4* p) {
  int4 v; const char* s = "asm(no)";
  asm volatile("ld.global.nc" NO_ALLOC ".v4.s32 {%0, %1, %2, %3}, [%4];"
               : "=r"(v.x), "=r"(v.y), "=r"(v.z), "=r"(v.w) : "l"(p));
  asm("{\\n\\t.reg .pred p;\\n\\t"
      "setp.ne.s32 p, %1, 0;\\n\\t@p selp.s32 %0, 1, 0, p;\\n\\t}" : "=r"(r) : "r"(f(x, (y))));
  asm("mov.u32 %0, %%lanemask_lt;" : "=r"(m));
  __asm__ __volatile__("mbarrier.try_wait.parity.shared::cta.b64 P1, [%[bar]], %[phase];" :: [bar] "r"(smem), [phase] "r"(ph) : "memory");
  return v;
}
#define WAIT(bar) asm volatile("bar.sync %0;" \\
    :: "n"(bar) : "memory")`;

test('finds each asm statement with its template, operands and clobbers', () => {
  const statements = findAsmStatements(SOURCE);
  assert.equal(statements.length, 5);
  const [load, select, lanes, wait, macro] = statements;
  assert.equal(load.template, 'ld.global.nc.L1::no_allocate.v4.s32 {%0, %1, %2, %3}, [%4];', 'a #define string is expanded');
  assert.equal(load.volatile, true);
  assert.deepEqual(load.operands.map((o) => [o.index, o.output, o.constraint, o.expression]), [
    [0, true, '=r', 'v.x'],
    [1, true, '=r', 'v.y'],
    [2, true, '=r', 'v.z'],
    [3, true, '=r', 'v.w'],
    [4, false, 'l', 'p'],
  ]);
  assert.equal(select.template, '{\n\t.reg .pred p;\n\tsetp.ne.s32 p, %1, 0;\n\t@p selp.s32 %0, 1, 0, p;\n\t}');
  assert.equal(select.operands[1].expression, 'f(x, (y))', 'commas and parentheses inside an expression stay in it');
  assert.equal(lanes.template, 'mov.u32 %0, %%lanemask_lt;');
  assert.deepEqual(wait.operands.map((o) => o.name), ['bar', 'phase']);
  assert.deepEqual(wait.clobbers.map((c) => c.text), ['memory']);
  assert.equal(wait.sections, 3);
  assert.equal(macro.template, 'bar.sync %0;', 'asm inside a macro body with a line continuation');
  assert.deepEqual(macro.clobbers.map((c) => c.text), ['memory']);
  for (const operand of statements.flatMap((s) => s.operands)) {
    assert.equal(SOURCE.slice(operand.expressionSpan.start, operand.expressionSpan.end), operand.expression);
    assert.equal(SOURCE.slice(operand.constraintSpan.start, operand.constraintSpan.end), `"${operand.constraint}"`);
  }
});

test('maps source offsets into the template and back', () => {
  const statements = findAsmStatements(SOURCE);
  const at = SOURCE.indexOf('[%4]') + 1;
  const statement = statementAt(statements, at);
  assert.ok(statement);
  const t = templateOffsetAt(statement, at);
  assert.equal(statement.template.slice(t, t + 2), '%4');
  assert.equal(templateOffsetAt(statement, SOURCE.indexOf('"=r"(v.x)') + 1), -1, 'constraints are not template text');
  const escape = SOURCE.indexOf('\\n\\t.reg');
  const select = statementAt(statements, escape)!;
  assert.equal(select.template[templateOffsetAt(select, escape)], '\n', 'an escape maps to the character it stands for');
  assert.equal(select.template[templateOffsetAt(select, escape + 1)], '\n', 'both characters of the escape');
});

test('a macro defined elsewhere is reported as hidden text, not guessed', () => {
  const [statement] = findAsmStatements('asm volatile(PREFIX "add.s32 %0, %0, 1;" : "+r"(x));');
  assert.deepEqual(statement.hidden.map((h) => h.name), ['PREFIX']);
  assert.equal(statement.template, 'add.s32 %0, %0, 1;');
});

test('string macros: only a #define whose whole body is string literals', () => {
  const macros = stringMacros('#define A "x" "y"\n#define B "x" + 1\n#define C(x) "z"\n  #  define D "d" // note\n');
  assert.deepEqual([...macros], [['A', 'xy'], ['D', 'd']]);
});

test('never throws on truncated or odd input', () => {
  for (const text of ['asm(', 'asm volatile("add.s32 %0', 'asm("\\', '__asm__ __volatile__ ("bar.sync 0;")', 'basm("x")', '', 'asm("x" : "=r"(', 'asm("%[a" :: [a "r"(x))', 'asm volatile ("x" ::: "memory"']) {
    const statements = findAsmStatements(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const statement = statementAt(statements, offset);
      if (statement) templateOffsetAt(statement, offset);
    }
  }
  assert.equal(findAsmStatements('basm("x")').length, 0);
  assert.equal(findAsmStatements('__asm__ __volatile__ ("bar.sync 0;")')[0].template, 'bar.sync 0;');
});

test('preprocessor conditionals inside a statement keep their first branch', () => {
  const source = [
    'asm volatile("{\\n"',
    '#if NEW_TOOLKIT',
    '  "tcgen05.mma.cta_group::1.kind::f16 [%0], %1, %2, %3, p;\\n"',
    '#elif OLDER',
    '  "old.form [%0];\\n"',
    '#else',
    '  "older.form [%0];\\n"',
    '#endif',
    '  "}\\n"',
    '  :: "r"(tmem), "l"(a), "l"(b),',
    '#if WITH_MASK',
    '  "r"(idesc)',
    '#else',
    '  "r"(0)',
    '#endif',
    ');',
  ].join('\n');
  const [statement] = findAsmStatements(source);
  assert.equal(statement.template, '{\ntcgen05.mma.cta_group::1.kind::f16 [%0], %1, %2, %3, p;\n}\n');
  assert.deepEqual(statement.operands.map((o) => o.expression), ['tmem', 'a', 'b', 'idesc']);
});
