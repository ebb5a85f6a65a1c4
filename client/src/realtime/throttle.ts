/**
 * Calls `fn` at most once per `ms`, always ending with the latest value:
 * the first call goes out at once, calls during the pause are coalesced
 * into one trailing call. Presence uses it (about 10 updates a second), so
 * the last selection a person made is the one colleagues end up seeing.
 */
export interface Throttled<T> {
  (value: T): void;
  /** Sends a pending trailing value now. */
  flush(): void;
  cancel(): void;
}

export function throttle<T>(fn: (value: T) => void, ms: number, now: () => number = Date.now): Throttled<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | null = null;

  const fire = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = now();
    fn(value);
  };

  const call = ((value: T) => {
    pending = { value };
    const wait = last + ms - now();
    if (wait <= 0 && timer === undefined) fire();
    else if (timer === undefined) timer = setTimeout(fire, Math.max(0, wait));
  }) as Throttled<T>;
  call.flush = () => {
    clearTimeout(timer);
    fire();
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  return call;
}
