import { randomBytes } from 'node:crypto';

/**
 * Op ids as the app makes them: unique for every change, ever. The server
 * answers a repeated (person, opId) with the first result and applies
 * nothing, so a benchmark that reused ids across runs would count replayed
 * acks as work done.
 */
const processTag = randomBytes(4).toString('hex');
let counter = 0;

export const nextOpId = (kind: string): string => `b${kind}-${processTag}-${(counter++).toString(36)}`;
