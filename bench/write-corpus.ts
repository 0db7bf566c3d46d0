/**
 * `node --import tsx bench/write-corpus.ts <out.ptx>`: writes the large nvcc-generated corpus
 * to a file; the extension-host tests open it as a real 16 MB PTX. (A separate entry, so that
 * bundles of bench/corpus.ts never run it.)
 */
import { writeFileSync } from 'node:fs';
import { buildLargePtx } from './corpus';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node --import tsx bench/write-corpus.ts <out.ptx>\n');
  process.exitCode = 2;
} else {
  void buildLargePtx().then((corpus) => {
    writeFileSync(out, corpus.text);
    process.stderr.write(`corpus: ${(corpus.text.length / 1e6).toFixed(1)} MB (${corpus.source}) → ${out}\n`);
  });
}
