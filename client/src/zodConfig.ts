import { z } from 'zod';

/**
 * The Content-Security-Policy has no 'unsafe-eval', so zod must not compile
 * its parsers with `new Function`, nor even probe whether it may (the probe
 * alone is reported as a violation). Object schemas decide this when they
 * are built, so main.tsx imports this module before anything that defines
 * a schema.
 */
z.config({ jitless: true });
