/**
 * What asynchronous machinery a function uses, in one line for its lens: the copy engines
 * (TMA through `cp.async.bulk.tensor`, bulk copies, `cp.async`), how many `mbarrier.init` it has,
 * the tensor-core instructions (`mma`, `wgmma`, `tcgen05.mma`), and the register split of a
 * warp-specialised kernel (`setmaxnreg.dec 40 / .inc 232`). Read from the instructions
 * written, not from their control flow.
 */
import { StatementKind, type PtxFunction, type PtxModel } from '../ptx';
import { bodyStatements } from './body';

/** One line such as "TMA → 10 × mbarrier.init → wgmma · setmaxnreg .dec 40 / .inc 232"; undefined for a function with none of it. */
export function pipelineSummary(model: PtxModel, fn: PtxFunction): string | undefined {
  const body = bodyStatements(model, fn);
  if (!body) return undefined;
  const { first, last } = body;
  const seen = { tma: 0, bulk: 0, cpAsync: 0, barriers: 0, mma: 0, wgmma: 0, tcgen05: 0 };
  const dec = new Set<number>();
  const inc = new Set<number>();
  for (let stmt = first; stmt <= last; stmt++) {
    if (model.stmtKind[stmt] !== StatementKind.Instruction) continue;
    const mnemonic = model.names[model.stmtAux[stmt]];
    if (mnemonic.startsWith('cp.async.bulk.tensor')) seen.tma++;
    else if (mnemonic.startsWith('cp.async.bulk.') && !/group/.test(mnemonic)) seen.bulk++;
    else if (/^cp\.async\.(ca|cg)\b/.test(mnemonic)) seen.cpAsync++;
    else if (mnemonic.startsWith('mbarrier.init')) seen.barriers++;
    else if (mnemonic.startsWith('wgmma.mma_async')) seen.wgmma++;
    else if (/^tcgen05\.mma\b/.test(mnemonic)) seen.tcgen05++;
    else if (/^mma\.sync\b/.test(mnemonic)) seen.mma++;
    else if (mnemonic.startsWith('setmaxnreg.')) {
      const count = Number(/(\d+)\s*;?\s*$/.exec(model.statementText(stmt))?.[1]);
      if (Number.isFinite(count)) (mnemonic.startsWith('setmaxnreg.dec') ? dec : inc).add(count);
    }
  }
  const copies = [seen.tma && 'TMA', seen.bulk && 'bulk copies', seen.cpAsync && 'cp.async'].filter(Boolean);
  const math = [seen.tcgen05 && 'tcgen05.mma', seen.wgmma && 'wgmma', seen.mma && 'mma.sync'].filter(Boolean);
  const chain = [copies.join(' + '), seen.barriers && `${seen.barriers} × mbarrier.init`, math.join(' + ')].filter(Boolean);
  const split = dec.size + inc.size > 0 ? `setmaxnreg ${[...[...dec].map((n) => `.dec ${n}`), ...[...inc].map((n) => `.inc ${n}`)].join(' / ')}` : '';
  const parts = [chain.join(' → '), split].filter(Boolean);
  return parts.length > 0 && (copies.length > 0 || math.length > 0 || split) ? parts.join(' · ') : undefined;
}
