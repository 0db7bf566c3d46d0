/**
 * The small decoders that read one immediate: `prmt` selectors, `shfl.sync`'s packed clamp and
 * segment mask, and the 32-bit lane masks of the `.sync` instructions. Pure; values as numbers.
 */

/** Where each byte of `prmt`'s result comes from: source byte 0–7 of {b, a} (a holds 0–3), and whether its sign is replicated. */
export interface PrmtByte {
  /** Byte of the result, 0 (least significant) to 3. */
  target: number;
  source: number;
  signReplicated: boolean;
}

/** The four bytes of the generic form, or of a mode (`f4e`, `b4e`, `rc8`, `ecl`, `ecr`, `rc16`) from the two low bits of the selector. */
export function prmtBytes(selector: number, mode?: string): PrmtByte[] | undefined {
  if (!mode) {
    return [0, 1, 2, 3].map((target) => {
      const nibble = (selector >>> (4 * target)) & 0xf;
      return { target, source: nibble & 7, signReplicated: (nibble & 8) !== 0 };
    });
  }
  const rows = PRMT_MODES[mode.replace(/^\./, '')];
  if (!rows) return undefined;
  // Rows list d.b3 … d.b0.
  const row = rows[selector & 3];
  return [0, 1, 2, 3].map((target) => ({ target, source: row[3 - target], signReplicated: false }));
}

/** Per mode, per value of c[1:0]: the source bytes of d.b3, d.b2, d.b1, d.b0 (PTX ISA, `prmt`). */
const PRMT_MODES: Record<string, number[][]> = {
  f4e: [[3, 2, 1, 0], [4, 3, 2, 1], [5, 4, 3, 2], [6, 5, 4, 3]],
  b4e: [[5, 6, 7, 0], [6, 7, 0, 1], [7, 0, 1, 2], [0, 1, 2, 3]],
  rc8: [[0, 0, 0, 0], [1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]],
  ecl: [[3, 2, 1, 0], [3, 2, 1, 1], [3, 2, 2, 2], [3, 3, 3, 3]],
  ecr: [[0, 0, 0, 0], [1, 1, 1, 0], [2, 2, 1, 0], [3, 2, 1, 0]],
  rc16: [[1, 0, 1, 0], [3, 2, 3, 2], [1, 0, 1, 0], [3, 2, 3, 2]],
};

/** A source byte as `a.b2` / `b.b0`. */
export const prmtSourceName = (source: number): string => (source < 4 ? `a.b${source}` : `b.b${source - 4}`);

/** `shfl.sync`'s `c`: the clamp lane (bits 4–0) and the segment mask (bits 12–8), with the segment width it makes. */
export interface ShflControl {
  clamp: number;
  segmentMask: number;
  /** Lanes per segment when the mask's set bits are the high ones (32 − width), else undefined. */
  segmentWidth?: number;
  /** Bits other than 4–0 and 12–8 that are set (ignored by the instruction). */
  unusedBits: number;
}

export function shflControl(c: number): ShflControl {
  const clamp = c & 0x1f;
  const segmentMask = (c >>> 8) & 0x1f;
  let segmentWidth: number | undefined;
  for (let width = 1; width <= 32; width *= 2) if (segmentMask === ((32 - width) & 0x1f)) segmentWidth = width;
  return { clamp, segmentMask, segmentWidth, unusedBits: (c & ~0x1f1f) >>> 0 };
}

/** The lanes a 32-bit member mask names, as ranges: `0–15`, `0, 2, 4`; "all 32 lanes" for 0xffffffff. */
export function laneList(mask: number): { count: number; text: string } {
  const lanes: number[] = [];
  for (let lane = 0; lane < 32; lane++) if ((mask >>> lane) & 1) lanes.push(lane);
  if (lanes.length === 32) return { count: 32, text: 'all 32 lanes' };
  if (lanes.length === 0) return { count: 0, text: 'no lane' };
  const ranges: string[] = [];
  for (let i = 0; i < lanes.length; ) {
    let j = i;
    while (j + 1 < lanes.length && lanes[j + 1] === lanes[j] + 1) j++;
    ranges.push(j === i ? `${lanes[i]}` : `${lanes[i]}–${lanes[j]}`);
    i = j + 1;
  }
  // Every other lane and the like: say the stride.
  const stride = lanes.length > 2 ? lanes[1] - lanes[0] : 0;
  if (stride > 1 && lanes.every((lane, k) => k === 0 || lane - lanes[k - 1] === stride)) {
    return { count: lanes.length, text: `lanes ${lanes[0]}, ${lanes[1]}, … ${lanes[lanes.length - 1]} (every ${stride}${ordinalSuffix(stride)} lane)` };
  }
  return { count: lanes.length, text: `lane${lanes.length > 1 ? 's' : ''} ${ranges.join(', ')}` };
}

const ordinalSuffix = (n: number) => (n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');
