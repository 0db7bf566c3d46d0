/**
 * Parses a make-style dependency file (`gcc -MD -MF` / `nvcc -MD -MF` output): the prerequisites
 * of the first rule, with `\ ` escaped spaces, `$$` and line continuations handled.
 */
import { isAbsolute, resolve } from 'node:path';

export function parseDepFile(text: string, cwd: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const firstRule = joined.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  // The target ends at the first ':' followed by whitespace or end (so `C:\x` stays whole).
  const colon = /:(?=\s|$)/.exec(firstRule);
  const body = colon ? firstRule.slice(colon.index + 1) : '';
  const deps = (body.match(/(?:\\ |[^\s])+/g) ?? []).map((d) => d.replace(/\\ /g, ' ').replace(/\$\$/g, '$'));
  const seen = new Set<string>();
  return deps
    .map((d) => (isAbsolute(d) ? resolve(d) : resolve(cwd, d)))
    .filter((d) => (seen.has(d) ? false : (seen.add(d), true)));
}
