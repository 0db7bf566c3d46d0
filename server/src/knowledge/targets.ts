/**
 * Targets and PTX ISA versions: which `.version` each `.target` needs, and whether a module's
 * target offers what an instruction requires.
 *
 * Source: PTX ISA 9.1, "PTX Module Directives: .target" (the table of targets with the PTX ISA
 * version that introduced each) and "Release Notes"; each minimum below is also what ptxas of
 * CUDA 13.0 enforces (checked in `test/unit/checks/oracle.test.ts`).
 *
 * Target suffixes, as the ISA defines them:
 * - `sm_90` (plain): features of that architecture and every older one; runs on newer GPUs too.
 * - `sm_100f` (family): adds features shared by the GPUs of one family (`sm_100f` also covers
 *   `sm_103`); an `f` feature needs an `f` or `a` target of that family or a later member.
 * - `sm_90a` (architecture-specific): adds features of exactly that GPU; code runs only there.
 */

/** Every PTX ISA version, oldest first. */
export const PTX_VERSIONS: readonly string[] = [
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5',
  '2.0', '2.1', '2.2', '2.3',
  '3.0', '3.1', '3.2',
  '4.0', '4.1', '4.2', '4.3',
  '5.0',
  '6.0', '6.1', '6.2', '6.3', '6.4', '6.5',
  '7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '7.8',
  '8.0', '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8',
  '9.0', '9.1',
];

/** The newest PTX ISA version the knowledge base describes (what CUDA 13.0 implements). */
export const NEWEST_PTX_VERSION = '9.0';

/**
 * The first PTX ISA version that accepts each target. Only targets a current toolkit can
 * assemble are listed; older ones are not checked.
 */
export const TARGET_MIN_VERSION: Readonly<Record<string, string>> = {
  sm_75: '6.3',
  sm_80: '7.0',
  sm_86: '7.1',
  sm_87: '7.4',
  sm_89: '7.8',
  sm_90: '7.8',
  sm_90a: '8.0',
  sm_100: '8.6',
  sm_100a: '8.6',
  sm_100f: '8.8',
  sm_103: '8.8',
  sm_103a: '8.8',
  sm_103f: '8.8',
  sm_110: '9.0',
  sm_110a: '9.0',
  sm_110f: '9.0',
  sm_120: '8.7',
  sm_120a: '8.7',
  sm_120f: '8.8',
  sm_121: '8.8',
  sm_121a: '8.8',
  sm_121f: '8.8',
};

/** `"8.6"` → 806, comparable with `<`; NaN for anything else. */
export function versionRank(version: string): number {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) * 100 + Number(m[2]) : Number.NaN;
}

export interface ParsedTarget {
  /** `sm_90a` → 90. */
  sm: number;
  suffix: '' | 'a' | 'f';
  name: string;
}

/** `sm_90a` → { sm: 90, suffix: 'a' }; undefined for anything else (`compute_90`, `texmode_unified`). */
export function parseTarget(name: string): ParsedTarget | undefined {
  const m = /^sm_(\d+)([af]?)$/.exec(name.trim());
  return m ? { sm: Number(m[1]), suffix: m[2] as ParsedTarget['suffix'], name: name.trim() } : undefined;
}

/** The GPU target in a `.target` list such as `sm_90a, texmode_independent`. */
export function moduleTarget(targetList: string | undefined): ParsedTarget | undefined {
  if (!targetList) return undefined;
  for (const part of targetList.split(',')) {
    const target = parseTarget(part);
    if (target) return target;
  }
  return undefined;
}

/**
 * Whether a module's target offers what `required` names ("all", "sm_80", "sm_90a", "sm_100f");
 * undefined when `required` is not a target name. Conservative: an `a`/`f` requirement is taken
 * as met by any `a`/`f` target of that number or later, so nothing ptxas accepts is refused
 * (some later architecture-specific targets lack a feature; ptxas then says so itself).
 */
export function targetOffers(module: ParsedTarget, required: string): boolean | undefined {
  if (required === 'all') return true;
  const need = parseTarget(required);
  if (!need) return undefined;
  if (module.sm < need.sm) return false;
  return need.suffix === '' || module.suffix !== '';
}
