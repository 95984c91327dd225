import { availableParallelism, totalmem } from 'node:os';

/** What the sizing rule looks at: the memory this process may use and its cores. */
export interface Machine {
  memoryBytes: number;
  cores: number;
}

const MB = 1024 * 1024;

/** Total memory, or the container's (cgroup) limit when lower; the cores Node may use. */
export function thisMachine(): Machine {
  const total = totalmem();
  const limit = process.constrainedMemory?.() ?? 0;
  return { memoryBytes: limit > 0 && limit < total ? limit : total, cores: availableParallelism() };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const mb = (v: number) => `${Math.floor(v)}MB`;

/**
 * The sizing rule (infra/postgresql.md), for a server that shares the machine
 * with the API (`embedded`) or has it to itself (`dedicated`). RAM is in MB:
 * - max_connections = 50 × cores, between 100 and 400 (an API process opens at most 20);
 * - shared_buffers = 25% of RAM, between 128 MB and 8 GB;
 * - effective_cache_size = 50% of RAM (embedded) or 75% (dedicated);
 * - work_mem = (RAM − shared_buffers) / (3 × max_connections), between 4 MB and 64 MB;
 * - maintenance_work_mem = RAM / 16, between 64 MB and 2 GB.
 */
export function sizedSettings(machine: Machine, role: 'embedded' | 'dedicated' = 'embedded'): Record<string, string> {
  const ram = machine.memoryBytes / MB;
  const maxConnections = clamp(50 * machine.cores, 100, 400);
  const sharedBuffers = clamp(ram * 0.25, 128, 8192);
  return {
    max_connections: String(maxConnections),
    shared_buffers: mb(sharedBuffers),
    effective_cache_size: mb(ram * (role === 'embedded' ? 0.5 : 0.75)),
    work_mem: mb(clamp((ram - sharedBuffers) / (3 * maxConnections), 4, 64)),
    maintenance_work_mem: mb(clamp(ram / 16, 64, 2048)),
  };
}

export class PgSettingsError extends Error {}

/**
 * Reads PG_SETTINGS: `name=value` pairs separated by commas or spaces
 * (`shared_buffers=2GB,work_mem=32MB`), which override the sized values.
 */
export function parsePgSettings(raw: string | undefined): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const pair of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
    const m = /^([a-z][a-z0-9_.]*)=([\w.+-]+)$/i.exec(pair);
    if (!m) throw new PgSettingsError(`PG_SETTINGS: "${pair}" is not name=value`);
    settings[m[1].toLowerCase()] = m[2];
  }
  return settings;
}

/** One line for the log: the settings and what they were sized for. */
export function describeSettings(machine: Machine, settings: Record<string, string>): string {
  const gb = (machine.memoryBytes / 1024 ** 3).toFixed(1);
  const pairs = Object.entries(settings).map(([k, v]) => `${k}=${v}`);
  return `PostgreSQL sized for ${gb} GB and ${machine.cores} cores: ${pairs.join(' ')}`;
}
