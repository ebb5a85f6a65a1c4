import { pino, type Logger as PinoLogger } from 'pino';

/**
 * Structured JSON logs (pino). Tests pass `createLogger('silent')` so their
 * output stays readable; LOG_LEVEL overrides the level at start.
 */
export type Logger = PinoLogger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'isnad' } });
}
