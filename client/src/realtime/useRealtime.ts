import { useEffect, useState } from 'react';
import { connect, type Realtime } from './connection.ts';

/** One connection while the workspace is open; the session cookie says who it is. */
export function useRealtime(): Realtime | null {
  const [realtime, setRealtime] = useState<Realtime | null>(null);
  useEffect(() => {
    const rt = connect();
    setRealtime(rt);
    return () => {
      setRealtime(null);
      rt.close();
    };
  }, []);
  return realtime;
}
