/**
 * Whole-form snippets: every syntax form of the knowledge base that has its operands on its
 * line becomes a well-formed snippet whose default reading follows the form (its parts are a
 * path through the form's slots, its operands as many as the form takes), and completion
 * offers them once an opcode's first word is typed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formSnippet, formSnippetItems } from '../../../server/src/features/formSnippets';
import { ptxCompletions } from '../../../server/src/features/completion';
import { instructions } from '../../../server/src/knowledge';
import { formsMatching, syntaxForms } from '../../../server/src/knowledge/syntaxForms';
import { readCount } from '../../../server/src/checks/operands';
import { parsePtx } from '../../../server/src/ptx';

/**
 * Reads a snippet: checks its grammar (placeholders numbered 1, 2, … in order, choices not
 * empty, `$`, `}` and `\` escaped outside placeholders) and returns its default text (the first
 * choice of each choice, the default text of each placeholder).
 */
function render(snippet: string): string {
  let out = '';
  let expected = 1;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\') {
      assert.ok('$}\\'.includes(snippet[i + 1]), `needless escape at ${i} in ${snippet}`);
      out += snippet[++i];
    } else if (c === '$') {
      const m = /^\$\{(\d+)(?::((?:\\.|[^\\}])*)|\|((?:\\.|[^\\|])+)\|)\}/.exec(snippet.slice(i));
      assert.ok(m, `a bare $ at ${i} in ${snippet}`);
      assert.equal(Number(m[1]), expected++, `placeholders in order in ${snippet}`);
      if (m[3] !== undefined) out += m[3].split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
      else out += (m[2] ?? '').replace(/\\(.)/g, '$1');
      i += m[0].length - 1;
    } else {
      assert.notEqual(c, '}', `unescaped } at ${i} in ${snippet}`);
      out += c;
    }
  }
  return out;
}

test('every complete form gives a snippet that reads as the form', () => {
  let checked = 0;
  for (const entry of instructions) {
    for (const form of syntaxForms(entry)) {
      const snippet = formSnippet(form);
      if (!form.complete) {
        assert.equal(snippet, undefined);
        continue;
      }
      assert.ok(snippet !== undefined && snippet.endsWith(";"), `${entry.opcode}: ${form.mnemonic}`);
      const text = render(snippet);
      const [mnemonic, ...rest] = text.slice(0, -1).split(' ');
      const parts = mnemonic.split('.');
      assert.ok(formsMatching(entry, parts).includes(form), `${entry.opcode}: ${mnemonic} is not a path through ${form.mnemonic}`);
      const operands = rest.join(' ').trim();
      const count = readCount(form.operands);
      if (count) {
        const written = operands === '' ? 0 : readCount(operands)?.min ?? -1;
        assert.ok(written >= count.min && written <= count.max, `${entry.opcode}: ${written} operands in "${operands}", the form takes ${count.min}–${count.max}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 400, `${checked} forms`);
});

test('completion offers the forms once a first word is typed, and not after a dot', () => {
  const text = '.version 8.0\n.target sm_90a\n.address_size 64\n.visible .entry k()\n{\n  wgmma\n  wgmma.\n  ret;\n}\n';
  const model = parsePtx(text);
  const snippets = (line: number, character: number) => ptxCompletions(model, { line, character }).filter((i) => i.kind === 15 /* Snippet */);
  const offered = snippets(5, 7);
  assert.ok(offered.some((i) => String(i.insertText).startsWith('wgmma.mma_async.sync.aligned.${1|m64n8k16,')), offered.map((i) => i.insertText).join('\n'));
  assert.ok(offered.every((i) => i.filterText === 'wgmma'));
  assert.deepEqual(snippets(6, 8), []);
  assert.deepEqual(formSnippetItems(''), [], 'no prefix, no forms (thousands)');
});
