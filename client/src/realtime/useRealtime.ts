import { useEffect, useState } from 'react';
import { connect, type Realtime } from './connection.ts';

/** One connection per display name; changing the name reconnects under the new one. */
export function useRealtime(name: string): Realtime | null {
  const [realtime, setRealtime] = useState<Realtime | null>(null);
  useEffect(() => {
    const rt = connect(name);
    setRealtime(rt);
    return () => {
      setRealtime(null);
      rt.close();
    };
  }, [name]);
  return realtime;
}
