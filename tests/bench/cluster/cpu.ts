import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds, now } from '../store/stats.ts';
import type { WorkerPool } from '../store/workers.ts';
import type { Setup } from './setups.ts';

/**
 * Where the machine's CPU went during a run, in percent of one core: the
 * setup's nodes together, PostgreSQL (postmaster and backends, all
 * databases: the idle setups' heartbeats are a rounding error next to a
 * loaded one), the Redis server, and the client processes. On two shared
 * cores this tells what each way of running costs, and whether a run was
 * bound by the machine rather than by the servers.
 */
export interface CpuShare {
  nodes: number;
  postgres: number;
  redis: number;
  clients: number;
}

export interface CpuSources {
  postmasterPid: number;
  redisPid: number;
}

const finite = (xs: number[]) => xs.filter(Number.isFinite).reduce((a, b) => a + b, 0);

/** Starts counting now; the function returned stops and gives the shares. */
export function cpuProbe(setup: Setup, pool: WorkerPool, sources: CpuSources): () => CpuShare {
  const read = () => ({
    at: now(),
    nodes: finite(setup.nodes.map((n) => cpuSeconds(n.pid))),
    postgres: setup.store === 'postgres' ? treeCpuSeconds(sources.postmasterPid) : 0,
    redis: setup.adapter === 'redis' ? finite([cpuSeconds(sources.redisPid)]) : 0,
    clients: finite(pool.workers.map((w) => cpuSeconds(w.pid))),
  });
  const before = read();
  return () => {
    const after = read();
    const seconds = (after.at - before.at) / 1000;
    const pct = (key: keyof CpuShare) => (100 * (after[key] - before[key])) / seconds;
    return { nodes: pct('nodes'), postgres: pct('postgres'), redis: pct('redis'), clients: pct('clients') };
  };
}

export function addCpu(runs: CpuShare[]): CpuShare {
  const mean = (key: keyof CpuShare) => runs.reduce((n, r) => n + r[key], 0) / Math.max(1, runs.length);
  return { nodes: mean('nodes'), postgres: mean('postgres'), redis: mean('redis'), clients: mean('clients') };
}

/** CPU seconds of a process and every process under it still running (PostgreSQL: the postmaster and its backends), plus children already reaped. */
function treeCpuSeconds(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirProc()) {
    const ppid = parentOf(entry);
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), entry]);
  }
  let total = reapedCpuSeconds(root);
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const cpu = cpuSeconds(pid);
    if (Number.isFinite(cpu)) total += cpu;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Every numeric entry of /proc is a process. */
function readdirProc(): number[] {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const f = statFields(pid);
  return f ? Number(f[1]) : null;
}

/** cutime + cstime: CPU of children that exited and were waited for (backends of closed connections). */
function reapedCpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? (Number(f[13]) + Number(f[14])) / 100 : 0;
}
