import { useId, useMemo } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import type { RevisionNote } from '../state/workspaceReducer.ts';
import { RevisionPreview } from './RevisionPreview.tsx';
import { sameText } from './revisionText.ts';
import { revisionMessages } from './revisions.messages.ts';
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
  const t = useT(revisionMessages);
  const { state } = editor;
  const { status } = state;
  const unchanged = useMemo(() => sameText(article, state.draft) && article.revision === state.baseRevision, [article, state.draft, state.baseRevision]);
  const busy = status.kind === 'saving' || status.kind === 'saved';
  const nameOf = (revision: number) => (lastRevision?.revision === revision ? lastRevision.by : t('someoneElse'));
  // A colleague's revision arrived while this one was being edited: saving would be refused.
  const stale = status.kind === 'editing' && article.revision > state.baseRevision;
  // Sentences naming a colleague, the name isolated (built outside the JSX: the lint reads a key there as words).
  const staleLine = stale && t.rich('staleConflict', { name: <bdi>{nameOf(article.revision)}</bdi>, revision: article.revision });
  const refusedLine = status.kind === 'conflict' && t.rich('refusedConflict', { name: <bdi>{nameOf(status.theirs.revision)}</bdi>, revision: status.theirs.revision });
  const saving = connected ? t('saving') : t('savingOffline');
  const progress = status.kind === 'saving' ? saving : status.kind === 'saved' ? t('savedLoading') : unchanged ? t('noChangesYet') : null;

  return (
    <section
      className="revision-editor"
      aria-labelledby={`${id}-title`}
      // Escape closes the editor only when closing loses nothing: a changed draft stays until Cancel is chosen.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && (busy || unchanged)) editor.close();
      }}
    >
      <header className="revision-editor-head">
        <h2 id={`${id}-title`}>{t('editingTitle')}</h2>
        <p className="revision-editor-meta">
          <bdi dir={article.dir} lang={article.lang}>
            {article.title}
          </bdi>{' '}
          {t('editingRevision', { revision: state.baseRevision })}
        </p>
      </header>

      {stale && (
        <div className="conflict" role="alert">
          <p className="conflict-title">
            {staleLine}
          </p>
          <div className="conflict-actions">
            <button type="button" onClick={editor.loadTheirs}>
              {t('loadTheirs')}
            </button>
          </div>
        </div>
      )}
      {status.kind === 'conflict' && (
        <div className="conflict" role="alert">
          <p className="conflict-title">
            {refusedLine}
          </p>
          <div className="conflict-actions">
            <button type="button" className="primary" onClick={editor.loadTheirs}>
              {t('loadTheirs')}
            </button>
          </div>
        </div>
      )}
      {status.kind === 'failed' && (
        <p className="form-error" role="alert">
          {t('notSaved', { message: status.message })}
        </p>
      )}

      <div className="form-field">
        <label htmlFor={`${id}-body`}>{t('bodyLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('bodyHint')}
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
          <summary>{t('earlierTextSummary')}</summary>
          <textarea className="revision-text is-mine" dir={article.dir} lang={article.lang} readOnly value={state.mine} aria-label={t('earlierText')} />
        </details>
      )}

      <div className="revision-actions">
        <p className="revision-status" role="status">
          {progress}
        </p>
        <button type="button" onClick={editor.close}>
          {busy ? t('close') : t('cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || unchanged || status.kind === 'conflict'} onClick={editor.save}>
          {t('saveRevision')}
        </button>
      </div>
    </section>
  );
}
