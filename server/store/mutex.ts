/**
 * Runs async functions one at a time, in the order they asked. The embedded
 * store's transactions read, decide and write with awaits in between, so
 * two of them interleaving could both decide on the same old version.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
