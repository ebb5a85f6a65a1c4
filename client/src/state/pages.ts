/**
 * A newest-first list the server hands out a page at a time
 * (`?limit=&before=`, answered with the page and `next`, the cursor for the
 * page after it, null at the end): what is loaded so far, and where to go on.
 */
export interface LoadedPages<T> {
  items: T[];
  next: string | null;
}

/**
 * The first page, loaded again after a change: newer items go on top. When
 * the fresh page still reaches the newest item held, the two join and the
 * older pages already loaded stay, with their cursor; when more changed
 * than a page holds, the fresh page starts the list again (there would be a
 * hole between them otherwise).
 */
export function withFirstPage<T>(held: LoadedPages<T> | null, page: LoadedPages<T>, keyOf: (item: T) => string): LoadedPages<T> {
  const newestHeld = held?.items[0];
  if (!held || newestHeld === undefined || page.next === null) return page;
  const fresh = new Set(page.items.map(keyOf));
  if (!fresh.has(keyOf(newestHeld))) return page;
  return { items: [...page.items, ...held.items.filter((item) => !fresh.has(keyOf(item)))], next: held.next };
}

/** The page after the last one loaded goes below it. */
export function withOlderPage<T>(held: LoadedPages<T>, page: LoadedPages<T>, keyOf: (item: T) => string): LoadedPages<T> {
  const known = new Set(held.items.map(keyOf));
  return { items: [...held.items, ...page.items.filter((item) => !known.has(keyOf(item)))], next: page.next };
}
