/**
 * Deterministic cursor positions for the latency benchmarks, spread over the whole file and
 * picked with the parser in `server/src/ptx`: the same seed gives the same positions, so runs
 * (and the in-process and stdio figures) are comparable.
 */
import { forEachInstruction, materializeInstruction, type PtxModel } from '../server/src/ptx';

export interface Position {
  line: number;
  character: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Positions on opcodes, modifiers and operands of random instructions: what hover is asked about. */
export function hoverPositions(model: PtxModel, count: number, seed = 12345): Position[] {
  const statements: number[] = [];
  forEachInstruction(model, (stmt) => statements.push(stmt));
  const rand = rng(seed);
  const positions: Position[] = [];
  for (let tries = 0; positions.length < count && statements.length > 0 && tries < count * 20; tries++) {
    const instruction = materializeInstruction(model, statements[Math.floor(rand() * statements.length)]);
    if (!instruction) continue;
    const targets = [instruction.opcodeRange.start, ...instruction.modifiers.map((m) => m.range.start), ...instruction.operands.map((o) => o.range.start)];
    const target = targets[Math.floor(rand() * targets.length)];
    positions.push({ line: target.line, character: target.character + 1 });
  }
  return positions;
}

/** Positions inside random register and label occurrences: what go-to-definition is asked about. */
export function namePositions(model: PtxModel, count: number, seed = 42): Position[] {
  const rand = rng(seed);
  const out: Position[] = [];
  const n = model.occOffset.length;
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const occ = Math.floor(rand() * n);
    const name = model.names[model.occName[occ]];
    const isLabel = model.labelsByName.has(model.occName[occ]);
    if (!name.startsWith('%') && !isLabel) continue;
    out.push(model.positionAt(model.occOffset[occ] + 1));
  }
  return out;
}

/**
 * Where completion and signature help are asked about, in random instructions with at least two
 * operands: right after the last dot of the mnemonic (what may come next), and at the start of the
 * second operand (which operand is being typed).
 */
export function typingPositions(model: PtxModel, count: number, seed = 777): { completion: Position[]; signature: Position[] } {
  const statements: number[] = [];
  forEachInstruction(model, (stmt) => statements.push(stmt));
  const rand = rng(seed);
  const completion: Position[] = [];
  const signature: Position[] = [];
  for (let tries = 0; completion.length < count && statements.length > 0 && tries < count * 20; tries++) {
    const instruction = materializeInstruction(model, statements[Math.floor(rand() * statements.length)]);
    if (!instruction || instruction.operands.length < 2 || !instruction.mnemonic.includes('.')) continue;
    const dot = instruction.mnemonicStart + instruction.mnemonic.lastIndexOf('.') + 1;
    completion.push(model.positionAt(dot));
    signature.push(instruction.operands[1].range.start);
  }
  return { completion, signature };
}
