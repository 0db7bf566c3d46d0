/**
 * `node --import tsx bench/write-corpus.ts <out.ptx>`: writes the large PTX file the
 * extension-host tests open: the largest file of the real-code corpus when it has been built
 * (see `corpora.ts`), else the nvcc-generated corpus. Beside it, `<out>.json` says which
 * (`{ "source": … }`), so the test can report what it opened. (A separate entry, so that
 * bundles of bench/corpus.ts never run it.)
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { buildLargePtx } from './corpus';
import { largestRealCorpus } from './corpora';

async function main(out: string): Promise<void> {
  const real = largestRealCorpus();
  let source: string;
  if (real) {
    copyFileSync(real.path, out);
    source = `${real.label} (${real.path})`;
  } else {
    const corpus = await buildLargePtx();
    writeFileSync(out, corpus.text);
    source = `generated ${(corpus.text.length / 1e6).toFixed(1)} MB (${corpus.source})`;
  }
  writeFileSync(out.replace(/\.ptx$/, '.json'), `${JSON.stringify({ source })}\n`);
  process.stderr.write(`large PTX for the host tests: ${source} → ${out}\n`);
}

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node --import tsx bench/write-corpus.ts <out.ptx>\n');
  process.exitCode = 2;
} else void main(out);
