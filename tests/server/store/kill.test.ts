import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JsonWorkspaceStore } from '../../../server/store/json-store.ts';
import { testScope } from '../../helpers/test-scope.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const scope = testScope();

/** Where each round's SIGKILL lands: in the middle of a snapshot's write, of the journal's rotation, or anywhere. */
const TARGETS = ['writing', 'rotating', 'anywhere', 'written', 'writing', 'rotating', 'anywhere', 'rotated', 'writing', 'rotating', 'anywhere', 'anywhere'] as const;

interface Round {
  acked: Map<string, number>;
  phases: string[];
}

/** Runs the child until `target` is reached (or, for `anywhere`, a seeded number of acks), then SIGKILL; collects its acks. */
function runAndKill(file: string, target: (typeof TARGETS)[number], acked: Map<string, number>, seed: number): Promise<Round> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, '1500'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const phases: string[] = [];
  let err = '';
  let buffer = '';
  let killed = false;
  let acksThisRound = 0;
  const anywhereAfter = 20 + (seed % 400);
  const kill = () => {
    if (!killed) child.kill('SIGKILL');
    killed = true;
  };
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let at: number;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      const [kind, a, b] = line.split(' ');
      if (kind === 'ack') acked.set(a!, Math.max(acked.get(a!) ?? 0, Number(b)));
      if (kind === 'phase') phases.push(a!);
      // "Anywhere" is after a seeded number of acks, not a seeded pause: a count always falls mid-stream, whatever the machine's pace.
      if (kind === 'ack' && target === 'anywhere' && ++acksThisRound >= anywhereAfter) kill();
      if (kind === 'phase' && a === target) kill();
    }
  });
  // A round that never reaches its phase within the time allowed ends anyway.
  const timer = setTimeout(kill, 20_000);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the child stopped by itself (${code}):\n${err}`));
      else resolve({ acked, phases });
    });
  });
}

describe('crash safety of the store', () => {
  it(`SIGKILL during snapshots, during journal rotations and anywhere else (${TARGETS.length} rounds): every acked change survives and the store opens`, async () => {
    const file = join(scope.dir(), 'db.json');
    const acked = new Map<string, number>();
    const landed: string[] = [];
    for (let round = 0; round < TARGETS.length; round++) {
      const target = TARGETS[round]!;
      const { phases } = await runAndKill(file, target, acked, round * 7919);
      landed.push(`${target}:${phases.at(-1) ?? 'none'}`);
      // What the next start will find: every acked change, at least at the version acked.
      const claims = (await JsonWorkspaceStore.read(file)).dump().claims;
      for (const [id, version] of acked) {
        expect(claims[id], `round ${round} (${target}): acked claim ${id} lost`).toBeDefined();
        expect(claims[id]!.version, `round ${round} (${target}): acked change to ${id} lost`).toBeGreaterThanOrEqual(version);
      }
    }
    // The kills did land inside snapshots and rotations, not only between them.
    expect(landed.filter((l) => l === 'writing:writing').length).toBeGreaterThanOrEqual(2);
    expect(landed.filter((l) => l === 'rotating:rotating').length).toBeGreaterThanOrEqual(2);
    // And the store opens for writing after all of that.
    const store = await JsonWorkspaceStore.open(file, () => ({ articles: {}, claims: {}, comments: {} }));
    scope.defer(() => store.close());
    expect(Object.keys(store.dump().claims).length).toBeGreaterThanOrEqual(acked.size);
  }, 300_000);
});
