/**
 * Version and target gating: each instruction against the `.version` and `.target` its module
 * declares, from the knowledge base's facts (the PTX ISA version that introduced the
 * instruction, the minimum target of its basic form), and each module's header itself (a
 * `.target` that needs a newer `.version`, a missing `.version` or `.target`). Every finding is
 * one ptxas also reports, with the fix it suggests.
 */
import { findInstruction, type InstructionDoc } from '../knowledge';
import { moduleTarget, NEWEST_PTX_VERSION, parseTarget, TARGET_MIN_VERSION, targetOffers, versionRank, type ParsedTarget } from '../knowledge/targets';
import type { PtxDiagnostic, PtxEdit, PtxModel } from '../ptx';
import { lineEndAt, moduleHeader, type ModuleHeader } from './header';
import { eachInstruction } from './walk';

/** The target a module without `.target` is given by the fix when none of its instructions needs more. */
const DEFAULT_TARGET = 'sm_75';

interface Verdict {
  entry: InstructionDoc;
  needsVersion: boolean;
  needsTarget: boolean;
  /** Parts of the mnemonic whose target notes the module's target meets none of, with the least of those targets. */
  parts: Array<{ part: string; at: number; target: string }>;
}

export function* gatingSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const header = moduleHeader(model);
  const version = header.version ? versionRank(header.version.value) : Number.NaN;
  const target = moduleTarget(header.target?.value);
  let strongest: ParsedTarget | undefined;
  let hasInstructions = false;
  const judge = (mnemonic: string): Verdict | undefined => {
    hasInstructions = true;
    const entry = findInstruction(mnemonic);
    if (!entry) return undefined;
    const required = parseTarget(entry.minTarget);
    if (required && (!strongest || stronger(required, strongest))) strongest = required;
    const verdict: Verdict = {
      entry,
      needsVersion: header.version !== undefined && versionRank(entry.introduced) > version,
      needsTarget: target !== undefined && targetOffers(target, entry.minTarget) === false,
      parts: target ? partsNeedingTarget(entry, mnemonic, target) : [],
    };
    return verdict.needsVersion || verdict.needsTarget || verdict.parts.length > 0 ? verdict : undefined;
  };
  yield* eachInstruction(model, judge, (_stmt, { entry, needsVersion, needsTarget, parts }, start) => {
    const at = { start, end: start + entry.opcode.split('.')[0].length };
    if (needsVersion && header.version) {
      out.push({
        ...at,
        range: model.rangeOf(at.start, at.end),
        severity: 'error',
        code: 'ptx-needs-version',
        message: `${entry.opcode} needs PTX ISA ${entry.introduced} (.version ${entry.introduced} or later); this module declares .version ${header.version.value}.`,
        fix: { title: `Raise .version to ${entry.introduced}`, edits: [{ start: header.version.start, end: header.version.end, newText: entry.introduced }] },
      });
    }
    if (!target) return;
    // The whole instruction needs another target, or (when it does not) some of its parts do.
    const marks = needsTarget ? [{ ...at, what: entry.opcode, required: entry.minTarget }] : parts.map((p) => ({ start: start + p.at, end: start + p.at + p.part.length, what: `${p.part} on ${entry.opcode}`, required: p.target }));
    for (const m of marks) {
      out.push({
        start: m.start,
        end: m.end,
        range: model.rangeOf(m.start, m.end),
        severity: 'error',
        code: 'ptx-needs-target',
        message: `${m.what} needs ${describeRequirement(m.required)}; this module targets ${target.name}.`,
        fix: retarget(header, m.required),
      });
    }
  });
  out.push(...headerChecks(model, header, hasInstructions || model.functions.length > 0, strongest));
  return out;
}

/** `.target` needing a newer `.version`; `.version` or `.target` missing. */
function headerChecks(model: PtxModel, header: ModuleHeader, hasCode: boolean, strongest: ParsedTarget | undefined): PtxDiagnostic[] {
  const out: PtxDiagnostic[] = [];
  const diagnostic = (start: number, end: number, code: string, message: string, fix?: PtxDiagnostic['fix']): PtxDiagnostic => ({
    start,
    end,
    range: model.rangeOf(start, end),
    severity: 'error',
    code,
    message,
    ...(fix ? { fix } : {}),
  });
  const { version, target } = header;
  const needed = target && TARGET_MIN_VERSION[target.value];
  if (version && target && needed && versionRank(needed) > versionRank(version.value)) {
    out.push(
      diagnostic(target.start, target.end, 'ptx-target-needs-version', `.target ${target.value} needs .version ${needed} or later; this module declares .version ${version.value}.`, {
        title: `Raise .version to ${needed}`,
        edits: [{ start: version.start, end: version.end, newText: needed }],
      }),
    );
  }
  if (!hasCode) return out;
  const firstLineEnd = lineEndAt(model.text, 0);
  if (!version) {
    out.push(
      diagnostic(0, firstLineEnd, 'ptx-missing-version', 'The module has no .version directive: ptxas needs one before anything else.', {
        title: `Add .version ${NEWEST_PTX_VERSION}`,
        edits: [{ start: 0, end: 0, newText: `.version ${NEWEST_PTX_VERSION}\n` }],
      }),
    );
  }
  if (!target && !header.targetDirective) {
    const suggestion = strongest?.name ?? DEFAULT_TARGET;
    const edit: PtxEdit = version ? { start: version.lineEnd, end: version.lineEnd, newText: `\n.target ${suggestion}` } : { start: 0, end: 0, newText: `.target ${suggestion}\n` };
    const at = version ?? { start: 0, end: firstLineEnd };
    out.push(diagnostic(at.start, at.end, 'ptx-missing-target', 'The module has no .target directive: ptxas needs one right after .version.', { title: `Add .target ${suggestion}`, edits: [edit] }));
  }
  return out;
}

/**
 * Parts of `mnemonic` that the entry's target notes tie to targets the module does not offer
 * (`.u16x2` on `add` needs sm_90). A part counts when a note is nothing but a list of parts that
 * names it; the module must meet none of the notes naming it.
 */
function partsNeedingTarget(entry: InstructionDoc, mnemonic: string, module: ParsedTarget): Verdict['parts'] {
  const needs = partTargets(entry);
  if (needs.size === 0) return [];
  const out: Verdict['parts'] = [];
  const parts = mnemonic.split('.');
  let at = parts[0].length;
  for (let i = 1; i < parts.length; i++) {
    const part = `.${parts[i]}`;
    const targets = needs.get(part);
    if (targets && targets.every((t) => targetOffers(module, t) === false)) {
      const least = [...targets].sort((a, b) => (stronger(parseTarget(a)!, parseTarget(b)!) ? 1 : -1))[0];
      out.push({ part, at, target: least });
    }
    at += part.length;
  }
  return out;
}

const partTargetCache = new WeakMap<InstructionDoc, Map<string, string[]>>();

/** Part → the targets of the notes that name it, for one entry (only targets this module reads). */
function partTargets(entry: InstructionDoc): Map<string, string[]> {
  let map = partTargetCache.get(entry);
  if (!map) {
    map = new Map();
    for (const note of entry.targetNotes ?? []) {
      if (!parseTarget(note.target)) continue;
      // Only the items of a note that are a plain list of parts ("`.u16x2` and `.s16x2`",
      // "`.bf16`/`.bf16x2`"), and "vector forms": a condition in words ("`.shared::cta` as
      // destination", "… with K = 96") is not something to check here, and a note with a
      // condition anywhere ("with `.sp`: `.f16`, `.bf16`") is left whole.
      const conditional = /:\s|\b(with|when|for|if|on|in|as|without|only|unless)\b/.test(note.requirement.replace(/`[^`]*`/g, ''));
      const items = conditional ? [note.requirement] : note.requirement.split(',');
      for (const item of items) {
        const parts = /^\s*vector (forms|types)\s*$/.test(item) ? ['.v2', '.v4', '.v8'] : [...item.matchAll(/`(\.[\w:]+)`/g)].map((m) => m[1]);
        const plain = /^\s*vector (forms|types)\s*$/.test(item) || item.replace(/`\.[\w:]+`/g, '').replace(/\b(and|or)\b|[\s,/]/g, '') === '';
        if (!plain) continue;
        for (const part of parts) map.set(part, [...(map.get(part) ?? []), note.target]);
      }
    }
    partTargetCache.set(entry, map);
  }
  return map;
}

/** ".target sm_90a (architecture-specific)", ".target sm_80 or later". */
function describeRequirement(required: string): string {
  const need = parseTarget(required);
  if (need?.suffix === 'a') return `.target ${required} (architecture-specific)`;
  if (need?.suffix === 'f') return `.target ${required} (family-specific)`;
  return `.target ${required} or later`;
}

/** Changing `.target` to what an instruction needs, raising `.version` too when that target needs it. */
function retarget(header: ModuleHeader, required: string): PtxDiagnostic['fix'] {
  const { version, target } = header;
  if (!target) return undefined;
  const edits: PtxEdit[] = [{ start: target.start, end: target.end, newText: required }];
  const needed = TARGET_MIN_VERSION[required];
  const raise = version && needed && versionRank(needed) > versionRank(version.value);
  if (raise) edits.unshift({ start: version.start, end: version.end, newText: needed });
  return { title: raise ? `Change .target to ${required} (and .version to ${needed})` : `Change .target to ${required}`, edits };
}

/** The more demanding of two requirements: the later architecture, then a suffix over none. */
function stronger(a: ParsedTarget, b: ParsedTarget): boolean {
  return a.sm !== b.sm ? a.sm > b.sm : a.suffix !== '' && b.suffix === '';
}
