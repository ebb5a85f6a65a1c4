/**
 * The connect error a server without a valid session cookie answers with.
 * Its own module so the reader's first load can test for it without
 * carrying socket.io, which connection.ts loads only after the first paint.
 */
export const UNAUTHENTICATED = 'unauthenticated';
