/**
 * ptxas as the judge of each asm statement, in a few rounds of one ptxas run per target:
 *
 * - a statement ptxas rejects on one target (`Feature '.kind::f8f6f4' not supported on
 *   .target 'sm_90a'`, or types that only a newer architecture has) is tried on the next: a
 *   header holds code for several architectures, each behind its own `#if`, and none of that
 *   is a mistake. Only what no target accepts is reported, as the first target said it;
 * - a constant the source does not spell out (`"n"(kScale)`) is first assembled as 0; when
 *   ptxas answers which values it takes there (`expected to be -1 or 1`), the statement is
 *   assembled again with one of them. Messages about a constant still guessed are dropped.
 *
 * `assemble` runs ptxas on a module for a target and returns its messages by line, or
 * undefined when ptxas cannot run (then the statements left have no verdict). Modules hold at
 * most `STATEMENTS_PER_MODULE` statements; `pause`, when given, is awaited before each is
 * written (a server lets its requests go first).
 */
import { messagesByStatement, statementKey, statementTarget, synthesisable, synthesiseModule, type PtxasMessage, type StatementMessage } from './synthesis';
import type { AsmAnalysis } from './template';

export type Assemble = (module: string, target: string) => Promise<readonly PtxasMessage[] | undefined>;

export interface Verdict {
  /** The target the statement was judged on. */
  target: string;
  messages: StatementMessage[];
}

/** Targets tried, in order, after the configured one and the one the statement's instructions ask for. */
export const FALLBACK_TARGETS = ['sm_90a', 'sm_100a', 'sm_103a', 'sm_110a', 'sm_120a', 'sm_121a', 'sm_80'];
const MAX_ROUNDS = 12;

const TARGET_MESSAGE = /not supported on \.target|requires \.target|not supported on this target|requires sm_\d+|Unsupported gpu architecture/i;
const EXPECTED_VALUE = /Argument (\d+) of instruction '[^']*': (?:unexpected )?value '[^']*'(?: out of range)?, expected to be (?:in range \[)?(-?\d+)/;

interface Pending {
  index: number;
  candidates: string[];
  tried: number;
  constants: Map<number, string>;
  refined: boolean;
  /** What the target with the fewest errors said, kept for a statement no target accepts. */
  best?: Verdict;
}

/** ptxas's verdict on each statement; statements alike to the letter (`statementKey`) are judged once. */
export async function judgeStatements(analyses: readonly AsmAnalysis[], configured: string, assemble: Assemble, pause?: () => Promise<void>): Promise<Array<Verdict | undefined>> {
  // A header repeats the same asm for many types and shapes.
  const firstOf = new Map<string, number>();
  const representative = analyses.map((analysis, k) => {
    if (synthesisable(analysis)) return -1;
    const key = statementKey(analysis);
    const first = firstOf.get(key);
    if (first !== undefined) return first;
    firstOf.set(key, k);
    return k;
  });
  const distinct = [...firstOf.values()];
  const judged = await judgeDistinct(distinct.map((k) => analyses[k]), configured, assemble, pause);
  const verdictOf = new Map(distinct.map((k, j) => [k, judged[j]]));
  return representative.map((k) => (k < 0 ? undefined : verdictOf.get(k)));
}

async function judgeDistinct(analyses: readonly AsmAnalysis[], configured: string, assemble: Assemble, pause?: () => Promise<void>): Promise<Array<Verdict | undefined>> {
  const verdicts: Array<Verdict | undefined> = analyses.map(() => undefined);
  let pending: Pending[] = analyses
    .map((analysis, index) => ({ analysis, index }))
    .filter(({ analysis }) => !synthesisable(analysis))
    .map(({ analysis, index }) => ({ index, candidates: unique([statementTarget(analysis, configured), configured, ...FALLBACK_TARGETS]), tried: 0, constants: new Map(), refined: false }));

  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const next: Pending[] = [];
    for (const [target, group] of [...groupBy(pending, (p) => p.candidates[p.tried])].flatMap(([t, all]) => chunks(all).map((c) => [t, c] as const))) {
      // Writing a module is work on the caller's thread: in pieces, each after `pause`.
      await pause?.();
      const module = synthesiseModule(
        group.map((p) => analyses[p.index]),
        { target, constant: (k, operand) => group[k].constants.get(operand) },
      );
      const messages = await assemble(module.text, target);
      if (!messages) return verdicts;
      const unplaced = messages.filter((m) => !module.lines[m.line - 1]);
      const byStatement = messagesByStatement(module, messages);
      group.forEach((p, k) => {
        const found = byStatement.get(k) ?? [];
        const errorCount = (v: Verdict) => v.messages.filter((m) => m.severity === 'error').length;
        const verdict = { target, messages: found.map(quiet) };
        if (!p.best || errorCount(verdict) < errorCount(p.best)) p.best = verdict;
        // Errors only where a constant was guessed: learn the values ptxas takes there, once.
        const errors = found.filter((m) => m.severity === 'error');
        if (errors.length > 0 && errors.every((m) => m.guessed) && !p.refined && refineConstants(analyses[p.index], errors, p.constants)) {
          p.refined = true;
          next.push(p);
          return;
        }
        const rejected = errors.some((m) => !m.guessed) || unplaced.some((m) => TARGET_MESSAGE.test(m.message));
        if (rejected) {
          if (p.tried + 1 < p.candidates.length) {
            p.tried++;
            p.refined = false;
            next.push(p);
          } else verdicts[p.index] = p.best;
          return;
        }
        verdicts[p.index] = { target, messages: found.map(quiet) };
      });
    }
    pending = next;
  }
  for (const p of pending) verdicts[p.index] ??= p.best;
  return verdicts;
}

/** ptxas's warnings on a synthesised module (register counts it cannot know, …) are notes, not findings. */
const quiet = (m: StatementMessage): StatementMessage => (m.severity === 'warning' ? { ...m, severity: 'information' } : m);


/**
 * Reads "Argument N … expected to be V" on lines with guessed constants, and records V for
 * the constants of that instruction operand. True when something new was learnt.
 */
function refineConstants(analysis: AsmAnalysis, messages: readonly StatementMessage[], constants: Map<number, string>): boolean {
  let learnt = false;
  for (const message of messages) {
    if (!message.guessed) continue;
    const expected = EXPECTED_VALUE.exec(message.message);
    if (!expected) continue;
    const lineEnd = nextLine(analysis, message.viewOffset);
    const instruction = analysis.instructions.find((i) => {
      const at = i.ptxStart - analysis.viewStart;
      return at >= message.viewOffset && at < lineEnd;
    });
    const operand = instruction?.operands[Number(expected[1])];
    for (const ref of operand?.refs ?? []) {
      if (!ref.operand || !/^[=+&]*n$/.test(ref.operand.constraint) || constants.has(ref.operand.index)) continue;
      constants.set(ref.operand.index, expected[2]);
      learnt = true;
    }
  }
  return learnt;
}

function nextLine(analysis: AsmAnalysis, viewOffset: number): number {
  const end = analysis.view.indexOf('\n', viewOffset);
  return end < 0 ? Number.MAX_SAFE_INTEGER : end;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? [];
    group.push(item);
    groups.set(k, group);
  }
  return groups;
}

const unique = (list: string[]) => [...new Set(list)];

/** Statements synthesised into one module at most: a few milliseconds of work each. */
const STATEMENTS_PER_MODULE = 64;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += STATEMENTS_PER_MODULE) out.push(items.slice(i, i + STATEMENTS_PER_MODULE));
  return out;
}
