// Writes the grammar test files in cases/ from the specs below. Each spec line is PTX source
// followed by the tokens to check on it, as [text, scope], each found after the one
// before it; columns are found here, so the assertions stay right with tabs in the source.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { specs } from './specs.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function assertionLines(source, checks) {
  const lines = [];
  let from = 0;
  for (const [text, scope] of checks) {
    const column = source.indexOf(text, from);
    if (column < 0) throw new Error(`"${text}" is not in: ${source}`);
    from = column + text.length;
    if (column < 2) {
      // `<-` checks column 0; each `~` in `<~-` moves it one column right.
      lines.push(`// <${'~'.repeat(column)}- ${scope}`);
    } else {
      lines.push(`//${' '.repeat(column - 2)}${'^'.repeat(text.length)} ${scope}`);
    }
  }
  return lines;
}

for (const [file, { scope, title, lines: specLines }] of Object.entries(specs)) {
  const out = [`// SYNTAX TEST "${scope}" "${title}"`];
  for (const spec of specLines) {
    const [source, ...checks] = spec;
    out.push(source, ...assertionLines(source, checks));
  }
  writeFileSync(join(here, 'cases', file), `${out.join('\n')}\n`);
}
