/**
 * Every `ptxLens.*` setting the server reads, through one typed accessor. Values are checked
 * and defaulted here, so features never see a malformed setting. In an untrusted workspace
 * the settings that choose a program or its arguments are ignored (`trusted: false`).
 */
import { DEFAULT_SETTINGS, type ToolchainSettings } from './toolchain/types';

export interface Settings {
  toolchain: ToolchainSettings;
  ptxasValidate: boolean;
  codeLensEnabled: boolean;
  /** Threads per block the occupancy lens assumes for kernels that declare none. */
  occupancyBlockSize: number;
}

export const DEFAULTS: Settings = {
  toolchain: DEFAULT_SETTINGS,
  ptxasValidate: true,
  codeLensEnabled: true,
  occupancyBlockSize: 256,
};

type Raw = Record<string, unknown> | null | undefined;

function get(raw: Raw, path: string): unknown {
  let value: unknown = raw;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const asString = (value: unknown, fallback: string) => (typeof value === 'string' ? value.trim() : fallback);
const asBoolean = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const asStrings = (value: unknown, fallback: string[]) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : fallback;
const asPositive = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : fallback);

/** Builds settings from the client's `ptxLens` section (any shape) and the workspace's trust. */
export function readSettings(raw: Raw, trusted: boolean): Settings {
  const arch = asString(get(raw, 'nvcc.arch'), DEFAULT_SETTINGS.arch);
  return {
    toolchain: {
      nvccPath: trusted ? asString(get(raw, 'nvcc.path'), '') : '',
      arch: /^(sm|compute)_\d+[af]?$/.test(arch) ? arch : DEFAULT_SETTINGS.arch,
      extraArgs: trusted ? asStrings(get(raw, 'nvcc.extraArgs'), []) : [],
      compileCommands: trusted ? asString(get(raw, 'compileCommands'), '') : '',
      timeoutMs: asPositive(get(raw, 'nvcc.timeoutSeconds'), DEFAULT_SETTINGS.timeoutMs / 1000) * 1000,
      trusted,
    },
    ptxasValidate: asBoolean(get(raw, 'ptxas.validate'), DEFAULTS.ptxasValidate),
    codeLensEnabled: asBoolean(get(raw, 'codeLens.enabled'), DEFAULTS.codeLensEnabled),
    occupancyBlockSize: Math.min(1024, Math.round(asPositive(get(raw, 'occupancy.blockSize'), DEFAULTS.occupancyBlockSize))),
  };
}
