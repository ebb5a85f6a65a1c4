import { useId, useMemo } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import type { RevisionNote } from '../state/workspaceReducer.ts';
import { RevisionPreview } from './RevisionPreview.tsx';
import { sameText } from './revisionText.ts';
import type { RevisionEditor as Editor } from './useRevisionEditor.ts';

export interface RevisionEditorProps {
  article: Article;
  /** The article's claims as shown here: the dry run maps these. */
  claims: readonly Claim[];
  editor: Editor & { state: NonNullable<Editor['state']> };
  connected: boolean;
  /** The latest revision heard, to name who made a newer one. */
  lastRevision: RevisionNote | null;
  /** Opens a claim the preview lists. */
  onSelectClaim?(id: string): void;
}

/**
 * The edit view: the whole text in one textarea, paragraphs separated by
 * blank lines, in the article's own direction. Saving makes a new revision;
 * the server re-anchors every claim, and those whose words are gone become
 * orphans instead of landing on other words.
 */
export function RevisionEditor({ article, claims, editor, connected, lastRevision, onSelectClaim }: RevisionEditorProps) {
  const id = useId();
  const { state } = editor;
  const { status } = state;
  const unchanged = useMemo(() => sameText(article, state.draft) && article.revision === state.baseRevision, [article, state.draft, state.baseRevision]);
  const busy = status.kind === 'saving' || status.kind === 'saved';
  const nameOf = (revision: number) => (lastRevision?.revision === revision ? lastRevision.by : 'Someone else');
  // A colleague's revision arrived while this one was being edited: saving would be refused.
  const stale = status.kind === 'editing' && article.revision > state.baseRevision;

  return (
    <section className="revision-editor" aria-labelledby={`${id}-title`}>
      <header className="revision-editor-head">
        <h2 id={`${id}-title`}>Editing the article</h2>
        <p className="revision-editor-meta">
          <bdi dir={article.dir} lang={article.lang}>
            {article.title}
          </bdi>{' '}
          · editing revision {state.baseRevision}
        </p>
      </header>

      {stale && (
        <div className="conflict" role="alert">
          <p className="conflict-title">
            <bdi>{nameOf(article.revision)}</bdi> saved revision {article.revision} while you were editing. Saving your text now would be refused.
          </p>
          <div className="conflict-actions">
            <button type="button" onClick={editor.loadTheirs}>
              Load their version
            </button>
          </div>
        </div>
      )}
      {status.kind === 'conflict' && (
        <div className="conflict" role="alert">
          <p className="conflict-title">
            Not saved: <bdi>{nameOf(status.theirs.revision)}</bdi> saved revision {status.theirs.revision} of this article while you were editing.
            Load their version and make your changes again; your text stays beside it to copy from.
          </p>
          <div className="conflict-actions">
            <button type="button" className="primary" onClick={editor.loadTheirs}>
              Load their version
            </button>
          </div>
        </div>
      )}
      {status.kind === 'failed' && (
        <p className="form-error" role="alert">
          Not saved: {status.message}
        </p>
      )}

      <div className="form-field">
        <label htmlFor={`${id}-body`}>Article body</label>
        <p id={`${id}-hint`} className="hint">
          Paragraphs are separated by a blank line. Claims follow their words; a claim whose words are gone is listed as orphaned, never moved onto other
          words.
        </p>
        <textarea
          id={`${id}-body`}
          className="revision-text"
          dir={article.dir}
          lang={article.lang}
          value={state.draft}
          readOnly={busy}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          onChange={(e) => editor.setDraft(e.target.value)}
        />
      </div>

      {/* Made on an older text, the draft would be mapped over a colleague's: their conflict notice says enough. */}
      {article.revision === state.baseRevision && <RevisionPreview article={article} claims={claims} draft={state.draft} onSelectClaim={onSelectClaim} />}

      {state.mine !== null && (
        <details className="revision-mine" open>
          <summary>Your earlier text (not saved)</summary>
          <textarea className="revision-text is-mine" dir={article.dir} lang={article.lang} readOnly value={state.mine} aria-label="Your earlier text" />
        </details>
      )}

      <div className="revision-actions">
        <p className="revision-status" role="status">
          {status.kind === 'saving'
            ? connected
              ? 'Saving…'
              : 'Offline: your revision is kept on this device and will be sent when the connection is back.'
            : status.kind === 'saved'
              ? 'Saved. Loading the new revision…'
              : unchanged
                ? 'No changes yet.'
                : ''}
        </p>
        <button type="button" onClick={editor.close}>
          {busy ? 'Close' : 'Cancel'}
        </button>
        <button type="button" className="primary" disabled={busy || unchanged || status.kind === 'conflict'} onClick={editor.save}>
          Save revision
        </button>
      </div>
    </section>
  );
}
