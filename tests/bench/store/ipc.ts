import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Typed request/reply over Node's IPC channel, for the benchmark's child
 * processes (our server's runner, the baselines, the client workers). The
 * channel uses the "advanced" serialization (structured clone), so typed
 * arrays of samples travel as they are instead of as JSON text.
 */

/** The commands a child answers: name → argument and result. */
export type Api<A> = { [K in keyof A]: { arg: unknown; result: unknown } };
export type Handlers<A extends Api<A>> = { [K in keyof A]: (arg: A[K]['arg']) => Promise<A[K]['result']> | A[K]['result'] };

interface Call {
  id: number;
  cmd: string;
  arg: unknown;
}
type Message = { kind: 'ready'; value: unknown } | { kind: 'reply'; id: number; ok: true; value: unknown } | { kind: 'reply'; id: number; ok: false; error: string };

/** In the child: answers calls with `handlers`, then tells the parent it is ready. */
export function serve<A extends Api<A>>(handlers: Handlers<A>, ready: unknown, onDisconnect: () => void = () => process.exit(0)): void {
  if (!process.send) throw new Error('not started with an IPC channel');
  const send = (m: Message) => process.send!(m);
  process.on('message', (raw) => {
    const call = raw as Call;
    const handler = (handlers as Record<string, (arg: unknown) => unknown>)[call.cmd];
    void (async () => {
      try {
        if (!handler) throw new Error(`unknown command ${call.cmd}`);
        send({ kind: 'reply', id: call.id, ok: true, value: await handler(call.arg) });
      } catch (error) {
        send({ kind: 'reply', id: call.id, ok: false, error: (error as Error).stack ?? String(error) });
      }
    })();
  });
  // A controller that dies must not leave servers or clients behind.
  process.on('disconnect', onDisconnect);
  send({ kind: 'ready', value: ready });
}

/** Every child started, so the controller can stop them (by pid) whatever happens. */
const running = new Set<{ kill(signal: NodeJS.Signals): void }>();

export function stopAllChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** In the parent: a forked TypeScript module (run through tsx) with typed calls. */
export class Child<A extends Api<A>, R = unknown> {
  readonly ready: Promise<R>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly process: ChildProcess;

  constructor(module: URL, options: { env?: Record<string, string>; log: string }) {
    const fd = openSync(options.log, 'a');
    this.process = fork(fileURLToPath(module), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...options.env },
      stdio: ['ignore', fd, fd, 'ipc'],
      serialization: 'advanced',
    });
    closeSync(fd);
    running.add(this);
    let onReady: (v: R) => void = () => {};
    let onFail: (e: Error) => void = () => {};
    this.ready = new Promise<R>((resolve, reject) => {
      onReady = resolve;
      onFail = reject;
    });
    this.process.on('message', (raw) => {
      const m = raw as Message;
      if (m.kind === 'ready') return onReady(m.value as R);
      const waiter = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) waiter?.resolve(m.value);
      else waiter?.reject(new Error(`${module.pathname.split('/').pop()}: ${m.error}`));
    });
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        running.delete(this);
        const error = new Error(`${module.pathname.split('/').pop()} exited (${code ?? signal}); see ${options.log}`);
        onFail(error);
        for (const w of this.pending.values()) w.reject(error);
        this.pending.clear();
        resolve({ code, signal });
      });
    });
  }

  get pid(): number {
    return this.process.pid!;
  }

  call<K extends keyof A & string>(cmd: K, arg: A[K]['arg']): Promise<A[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.process.send({ id, cmd, arg } satisfies Call);
    });
  }

  /** Signals this child by its own pid (never by name). */
  kill(signal: NodeJS.Signals): void {
    if (this.process.exitCode === null && this.process.signalCode === null) process.kill(this.pid, signal);
  }
}
