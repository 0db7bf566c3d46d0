/**
 * The real-code inline-assembly sample: C++ files full of `asm(...)` from public GPU
 * projects, copied out of source trees you fetched into the git-ignored `.corpus/asm/`, with a
 * manifest the `inline-asm` benchmark reads.
 *
 *     node --import tsx bench/real/asm.ts --src <trees> [--out .corpus/asm]
 *
 * `<trees>` holds one folder per project (as for `build.ts`): `cutlass` (`include/cute/arch`,
 * `include/cutlass/arch`), `DeepGEMM` (`deep_gemm/include`), `DeepEP`, `ThunderKittens`
 * (`include`). Only files with at least one asm statement are kept.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { findAsmStatements } from '../../server/src/inlineAsm';

/** Where each project keeps its inline assembly. */
export const ASM_TREES: Array<{ project: string; dirs: string[] }> = [
  { project: 'cutlass', dirs: ['include/cute/arch', 'include/cutlass/arch'] },
  { project: 'DeepGEMM', dirs: ['deep_gemm/include'] },
  { project: 'DeepEP', dirs: ['csrc/kernels', 'deep_ep/include'] },
  { project: 'ThunderKittens', dirs: ['include'] },
];

export interface AsmSampleFile {
  project: string;
  /** Relative to the sample folder. */
  path: string;
  statements: number;
  bytes: number;
}

const SOURCE_FILE = /\.(cu|cuh|h|hpp|inl)$/;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (SOURCE_FILE.test(name)) yield path;
  }
}

export function buildAsmSample(src: string, out: string): AsmSampleFile[] {
  rmSync(out, { recursive: true, force: true });
  const files: AsmSampleFile[] = [];
  for (const { project, dirs } of ASM_TREES) {
    const root = join(src, project);
    if (!existsSync(root)) {
      process.stderr.write(`asm sample: no ${root}, ${project} skipped\n`);
      continue;
    }
    for (const dir of dirs.map((d) => join(root, d)).filter((d) => existsSync(d))) {
      for (const file of walk(dir)) {
        const text = readFileSync(file, 'utf8');
        const statements = findAsmStatements(text).length;
        if (statements === 0) continue;
        const path = join(project, relative(root, file));
        mkdirSync(dirname(join(out, path)), { recursive: true });
        copyFileSync(file, join(out, path));
        files.push({ project, path, statements, bytes: Buffer.byteLength(text) });
      }
    }
  }
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ files }, null, 1)}\n`);
  return files;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const src = value('--src');
  if (!src) {
    process.stderr.write('Usage: node --import tsx bench/real/asm.ts --src <trees> [--out .corpus/asm]\n');
    process.exit(2);
  }
  const out = resolve(value('--out') ?? join(__dirname, '..', '..', '.corpus', 'asm'));
  const files = buildAsmSample(resolve(src), out);
  const total = files.reduce((n, f) => n + f.statements, 0);
  process.stdout.write(`asm sample: ${files.length} files, ${total} asm statements → ${out}\n`);
}
