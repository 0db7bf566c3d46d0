/**
 * In-process breakdown of hover on a large nvcc-generated PTX file: the pure hover function on
 * the parsed model (what the server does per request), and, for contrast with `stdio.ts`
 * (where hovers start while the server is still busy with the freshly opened file), round
 * trips to an idle server that has finished its checks. The editor-level headline figures
 * are in `stdio.ts`.
 */
import { pathToFileURL } from 'node:url';
import { buildLargePtx } from './corpus';
import { parsePtx } from '../server/src/ptx';
import { ptxHover } from '../server/src/features/hover';
import { MS, withFreshServer } from './freshServer';
import { hoverPositions } from './sampling';
import { percentile, round } from './stats';
import type { BenchRow } from './types';

export async function benchHover(): Promise<BenchRow[]> {
  const corpus = await buildLargePtx();
  const mb = round(corpus.text.length / 1e6, 1);
  const model = parsePtx(corpus.text);
  const positions = hoverPositions(model, 2000);

  for (const position of positions.slice(0, 200)) ptxHover(model, position); // warm-up
  const direct: number[] = [];
  let answered = 0;
  for (const position of positions) {
    const start = performance.now();
    if (ptxHover(model, position)) answered++;
    direct.push(performance.now() - start);
  }

  const uri = pathToFileURL(corpus.path).href;
  const idle = await withFreshServer(async (server) => {
    server.open(uri, 'ptx', corpus.text);
    // Idle: the file is parsed and checked (its diagnostics are published).
    await server.waitForNotification('textDocument/publishDiagnostics', (params) => params.uri === uri, MS.open);
    const times: number[] = [];
    for (const position of positions.slice(0, 300)) {
      const start = performance.now();
      await server.request('textDocument/hover', { textDocument: { uri }, position });
      times.push(performance.now() - start);
    }
    return times;
  });

  return [
    { area: 'hover', metric: `in-process: hover function, ${positions.length} positions in ${mb} MB (p50)`, value: round(percentile(direct, 50), 3), unit: 'ms' },
    { area: 'hover', metric: 'in-process: hover function (p99)', value: round(percentile(direct, 99), 3), unit: 'ms' },
    { area: 'hover', metric: 'in-process: positions that got a hover', value: round((100 * answered) / positions.length, 1), unit: '%' },
    { area: 'hover', metric: `stdio, idle server after its checks: ${idle.length} hovers (p50)`, value: round(percentile(idle, 50), 3), unit: 'ms' },
    { area: 'hover', metric: 'stdio, idle server after its checks (p99)', value: round(percentile(idle, 99), 3), unit: 'ms' },
  ];
}

if (require.main === module) {
  void benchHover().then((rows) => console.table(rows));
}
