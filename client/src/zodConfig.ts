import * as z from 'zod/mini';

/**
 * The Content-Security-Policy has no 'unsafe-eval', so zod must not compile
 * its parsers with `new Function`, nor even probe whether it may (the probe
 * alone is reported as a violation). zod/mini's objects never compile, but
 * the setting is global and costs nothing: it keeps the guarantee should a
 * compiling schema ever reach the client. main.tsx imports this module
 * before anything that defines a schema.
 */
z.config({ jitless: true });
