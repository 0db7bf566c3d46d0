/**
 * The hover section for a decoded operand (see `decoders/`): its value in words, and for
 * descriptors a table of their fields (or, when the value is not constant, the layout to fill).
 */
import type { Decoded } from '../decoders';

export function decodedMarkdown(decoded: Decoded | undefined): string | undefined {
  if (!decoded) return undefined;
  const out = [`**Decoded** — ${decoded.title}`];
  if (decoded.lines?.length) out.push('', ...decoded.lines.map((line) => `- ${line}`));
  if (decoded.fields?.length) {
    out.push('');
    if (decoded.layoutOnly) {
      out.push('| bits | field |', '| --- | --- |', ...decoded.fields.map((f) => `| ${f.bits} | ${f.name} |`));
    } else {
      out.push('| bits | field | value | meaning |', '| --- | --- | --- | --- |');
      out.push(...decoded.fields.map((f) => `| ${f.bits} | ${f.name} | ${f.raw} | ${f.wrong ? '⚠ ' : ''}${f.meaning} |`));
    }
  }
  return out.join('\n');
}
