import { useCallback, useEffect, useRef, useState } from 'react';
import { requestJson } from '../state/http.ts';
import { withFirstPage, withOlderPage, type LoadedPages } from '../state/pages.ts';

export interface RevisionRecord {
  revision: number;
  body: string[];
  by: string;
  byId: string | null;
  at: string;
}

/** One page of revisions, newest first; `before` is the cursor the previous page gave. */
export function fetchRevisions(articleId: string, before?: string) {
  const query = before === undefined ? '' : `?before=${encodeURIComponent(before)}`;
  return requestJson<{ revisions: RevisionRecord[]; next: string | null }>('GET', `/api/articles/${encodeURIComponent(articleId)}/revisions${query}`);
}

export interface RevisionPages {
  /** Newest first; null until the first page is in. */
  revisions: RevisionRecord[] | null;
  /** Older revisions exist that are not loaded yet. */
  hasOlder: boolean;
  loadingOlder: boolean;
  error: string | null;
  loadOlder(): void;
}

const keyOf = (r: RevisionRecord) => String(r.revision);

/**
 * An article's revisions, a page at a time (bodies can be long): the newest
 * page, loaded again whenever a new revision arrives, and older pages on
 * request.
 */
export function useRevisionPages(articleId: string, currentRevision: number): RevisionPages {
  const [pages, setPages] = useState<LoadedPages<RevisionRecord> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  /** The article shown, so a page of another article's revisions is never added. */
  const shownArticle = useRef(articleId);
  /** Numbers the first-page loads, so an older answer cannot undo a newer one. */
  const firstPageAsked = useRef(0);

  useEffect(() => {
    shownArticle.current = articleId;
    setPages(null);
    setLoadingOlder(false);
  }, [articleId]);

  useEffect(() => {
    const mine = ++firstPageAsked.current;
    void fetchRevisions(articleId).then((r) => {
      if (mine !== firstPageAsked.current || shownArticle.current !== articleId) return;
      if (!r.ok) return setError(r.error.message);
      setError(null);
      setPages((held) => withFirstPage(held, { items: r.revisions, next: r.next }, keyOf));
    });
  }, [articleId, currentRevision]);

  const loadOlder = useCallback(() => {
    const next = pagesRef.current?.next;
    if (!next) return;
    setLoadingOlder(true);
    void fetchRevisions(articleId, next).then((r) => {
      if (shownArticle.current !== articleId) return;
      setLoadingOlder(false);
      if (!r.ok) return setError(r.error.message);
      setError(null);
      // Only where it was asked from: a first page that started the list again since has its own cursor.
      setPages((held) => (held?.next === next ? withOlderPage(held, { items: r.revisions, next: r.next }, keyOf) : held));
    });
  }, [articleId]);

  return { revisions: pages?.items ?? null, hasOlder: Boolean(pages?.next), loadingOlder, error, loadOlder };
}
