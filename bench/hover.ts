/**
 * Hover latency on a large nvcc-generated PTX file once it is open: the pure hover function on
 * the parsed model (what the server does per request), and full round trips to the real
 * server over stdio.
 */
import { pathToFileURL } from 'node:url';
import { buildLargePtx } from './corpus';
import { parsePtx, forEachInstruction, materializeInstruction } from '../server/src/ptx';
import { ptxHover } from '../server/src/features/hover';
import { LspProcess } from '../test/support/lspProcess';
import { percentile, round } from './stats';
import type { BenchRow } from './types';

/** Cursor positions on opcodes, modifiers and operands spread over the whole file. */
function samplePositions(text: string, count: number): Array<{ line: number; character: number }> {
  const model = parsePtx(text);
  const statements: number[] = [];
  forEachInstruction(model, (stmt) => statements.push(stmt));
  const positions: Array<{ line: number; character: number }> = [];
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  while (positions.length < count && statements.length > 0) {
    const instruction = materializeInstruction(model, statements[Math.floor(random() * statements.length)]);
    if (!instruction) continue;
    const targets = [instruction.opcodeRange.start, ...instruction.modifiers.map((m) => m.range.start), ...instruction.operands.map((o) => o.range.start)];
    const target = targets[Math.floor(random() * targets.length)];
    positions.push({ line: target.line, character: target.character + 1 });
  }
  return positions;
}

export async function benchHover(): Promise<BenchRow[]> {
  const corpus = await buildLargePtx();
  const mb = round(corpus.text.length / 1e6, 1);
  const positions = samplePositions(corpus.text, 2000);

  const model = parsePtx(corpus.text);
  for (const position of positions.slice(0, 200)) ptxHover(model, position); // warm-up
  const direct: number[] = [];
  let answered = 0;
  for (const position of positions) {
    const start = performance.now();
    if (ptxHover(model, position)) answered++;
    direct.push(performance.now() - start);
  }

  const server = new LspProcess();
  const uri = pathToFileURL(corpus.path).href;
  const protocol: number[] = [];
  try {
    await server.initialize();
    server.open(uri, 'ptx', corpus.text);
    // "Open" means parsed and checked: the server has published the file's diagnostics.
    await server.waitForNotification('textDocument/publishDiagnostics', (params) => params.uri === uri, 120_000);
    for (const position of positions.slice(0, 300)) {
      const start = performance.now();
      await server.request('textDocument/hover', { textDocument: { uri }, position });
      protocol.push(performance.now() - start);
    }
    await server.shutdown();
  } finally {
    server.kill();
  }

  return [
    { area: 'hover', metric: `hover function, ${positions.length} positions in ${mb} MB (p50)`, value: round(percentile(direct, 50), 3), unit: 'ms' },
    { area: 'hover', metric: `hover function (p99)`, value: round(percentile(direct, 99), 3), unit: 'ms', target: '≤ 2' },
    { area: 'hover', metric: 'positions that got a hover', value: round((100 * answered) / positions.length, 1), unit: '%' },
    { area: 'hover', metric: `hover over stdio, ${protocol.length} requests (p50)`, value: round(percentile(protocol, 50), 3), unit: 'ms' },
    { area: 'hover', metric: 'hover over stdio (p99)', value: round(percentile(protocol, 99), 3), unit: 'ms' },
  ];
}

if (require.main === module) {
  void benchHover().then((rows) => console.table(rows));
}
