import { useEffect, useState } from 'react';
import type { Realtime } from './connection.ts';

/**
 * One connection while the workspace is open; the session cookie says who it is.
 *
 * socket.io (about 13 KB gzipped) is loaded after the first render, not with
 * the reader: the article comes over HTTP and paints without it, and the
 * socket only follows it live. Until the module is here the connection reads
 * as `null` (connecting), as it did before the socket was opened. Should the
 * module fail to load (offline, with no copy cached), it is tried again when
 * the browser is back online.
 */
export function useRealtime(): Realtime | null {
  const [realtime, setRealtime] = useState<Realtime | null>(null);
  useEffect(() => {
    let rt: Realtime | null = null;
    let closed = false;
    const open = () => {
      import('./connection.ts').then(
        ({ connect }) => {
          if (closed) return;
          rt = connect();
          setRealtime(rt);
        },
        () => {
          if (!closed) window.addEventListener('online', open, { once: true });
        },
      );
    };
    open();
    return () => {
      closed = true;
      window.removeEventListener('online', open);
      setRealtime(null);
      rt?.close();
    };
  }, []);
  return realtime;
}
