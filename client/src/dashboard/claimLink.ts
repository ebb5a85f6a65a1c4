import { useEffect, useRef } from 'react';

/**
 * Links to one claim in the reader: `#/articles/<article id>/claims/<claim id>`,
 * the form exports use too (shared/exports/urls.ts). The article route
 * matches the prefix; the workspace then selects and shows the claim.
 */
export function claimHref(articleId: string, claimId: string): string {
  return `#/articles/${encodeURIComponent(articleId)}/claims/${encodeURIComponent(claimId)}`;
}

export function claimIdFromHash(hash: string): string | null {
  return /^#\/articles\/[A-Za-z0-9_-]+\/claims\/([A-Za-z0-9_-]{1,64})\/?$/.exec(hash)?.[1] ?? null;
}

/**
 * Opens the claim a link names, once it is among the article's claims (they
 * may still be loading), and again whenever the hash names another.
 */
export function useClaimFromHash(claims: ReadonlyArray<{ id: string }>, open: (id: string) => void): void {
  const wanted = useRef<string | null>(claimIdFromHash(window.location.hash));
  const latest = useRef({ claims, open });
  latest.current = { claims, open };
  const tryOpen = useRef(() => {
    const id = wanted.current;
    if (id && latest.current.claims.some((c) => c.id === id)) {
      wanted.current = null;
      latest.current.open(id);
    }
  }).current;
  useEffect(() => {
    const onHash = () => {
      wanted.current = claimIdFromHash(window.location.hash);
      tryOpen();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [tryOpen]);
  useEffect(() => {
    tryOpen();
  }, [claims, tryOpen]);
}
