import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../shared/suggest/types.ts';
import { fetchSuggestions } from '../state/api.ts';

/** Changes to the claims come in bursts (accept all, a colleague's import): ask once they settle. */
const REFETCH_DELAY_MS = 400;

export interface SuggestionsState {
  list: readonly Suggestion[];
  /** True until the first answer. */
  loading: boolean;
  failed: boolean;
}

/**
 * The article's suggestions from the server, asked again when anything
 * that changes them changes: the text (`revision`), the words claims sit on
 * (`claimSpans`, a claim on a suggestion's words hides it, deleting it brings
 * it back) or dismissals (`dismissals`, a counter). The first request goes at
 * once; later ones wait for a quiet moment.
 */
export function useSuggestions(articleId: string, revision: number, claimSpans: string, dismissals: number): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ list: [], loading: true, failed: false });
  const asked = useRef(false);
  useEffect(() => {
    const abort = new AbortController();
    const delay = asked.current ? REFETCH_DELAY_MS : 0;
    asked.current = true;
    const timer = setTimeout(
      () => {
        fetchSuggestions(articleId, abort.signal)
          .then((r) => setState({ list: r.suggestions, loading: false, failed: false }))
          .catch(() => {
            if (!abort.signal.aborted) setState((s) => ({ ...s, loading: false, failed: true }));
          });
      },
      delay,
    );
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [articleId, revision, claimSpans, dismissals]);
  return state;
}
