import { useId, useState, type ChangeEvent } from 'react';
import { importErrorMessage, importMessage, postImport, readImportFile, type ImportAnswer } from './importClaims.ts';
import type { Result } from '../state/http.ts';
import { useT } from '../i18n/useT.ts';
import { importMessages } from './import.messages.ts';

type Outcome = { kind: 'idle' } | { kind: 'busy'; name: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

export interface ImportClaimsProps {
  articleId: string;
  /** Tests hand in their own; the default posts to the server. */
  send?: (articleId: string, document: unknown) => Promise<Result<ImportAnswer>>;
  onImported?: (answer: ImportAnswer) => void;
}

/**
 * "Import claims" (editors and admins): a JSON or W3C export onto the open
 * article. The answer says how many came in, how many were already there
 * and how many could not be placed (orphaned); the claims themselves arrive
 * live, like a colleague's.
 */
export function ImportClaims({ articleId, send = postImport, onImported }: ImportClaimsProps) {
  const t = useT(importMessages);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const hintId = useId();

  const busy = outcome.kind === 'busy';
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (busy) return void (input.value = '');
    const file = input.files?.[0];
    // The same file can be chosen again (to retry) only if the input is emptied.
    input.value = '';
    if (!file) return;
    setOutcome({ kind: 'busy', name: file.name });
    const read = await readImportFile(file, t);
    if (!read.ok) return setOutcome({ kind: 'error', message: read.message });
    const answer = await send(articleId, read.document);
    if (!answer.ok) return setOutcome({ kind: 'error', message: importErrorMessage(answer.error, t) });
    setOutcome({ kind: 'done', message: importMessage(answer, t) });
    onImported?.(answer);
  };

  const busyText = outcome.kind === 'busy' ? t.rich('importing', { name: <bdi>{outcome.name}</bdi> }) : null;
  return (
    <div className="import-claims" data-testid="import">
      <label className="import-button" aria-describedby={hintId}>
        <input
          type="file"
          className="visually-hidden"
          accept=".json,.jsonld,application/json,application/ld+json"
          // Not `disabled`: a browser takes the focus from a control that becomes disabled, so the
          // person would be left on the page's body once the file picker closed. Busy, it opens nothing.
          aria-disabled={busy || undefined}
          onClick={(e) => busy && e.preventDefault()}
          onChange={(e) => void pick(e)}
        />
        {t('button')}
      </label>
      <span id={hintId} className="visually-hidden">
        {t('hint')}
      </span>
      <span className="import-result" role="status" aria-live="polite">
        {outcome.kind === 'busy' ? busyText : outcome.kind === 'done' ? outcome.message : null}
      </span>
      {outcome.kind === 'error' && (
        <span className="import-error" role="alert">
          {outcome.message}
        </span>
      )}
    </div>
  );
}
