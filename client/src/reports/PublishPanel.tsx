import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { publicationPreview } from '../../../shared/publish/report.ts';
import { usePublicationNotice } from '../realtime/publicationNotices.ts';
import { factCheckApiUrl, publishingApi, whenText, type PublicationState, type PublishingApi } from './publishing.ts';
import { livePublications } from './livePublications.ts';
import { useT } from '../i18n/useT.ts';
import { publishMessages } from './publish.messages.ts';

export interface PublishPanelProps {
  articleId: string;
  /** The article's claims as the reader has them (live, by id): the preview counts what publishing would take. */
  claims: Readonly<Record<string, Claim>>;
  canPublish: boolean;
  api?: PublishingApi;
}

/** An address's shape, the same in every language. */
const URL_EXAMPLE = 'https://…';

type Busy = null | 'publish' | 'unpublish';

/**
 * "Publish" in the Reports tab. Editors publish the approved claims as a
 * public, read-only page, republish after corrections, and unpublish;
 * everyone sees whether the report is live, its address and its versions.
 * Before publishing, the preview says what goes out (approved claims) and
 * which claims are ready but not approved, so they are not missed.
 */
export function PublishPanel({ articleId, claims, canPublish, api = publishingApi }: PublishPanelProps) {
  const t = useT(publishMessages);
  const when = (iso: string) => whenText(iso, t.format);
  const [state, setState] = useState<PublicationState | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [originalUrl, setOriginalUrl] = useState('');
  const urlId = useId();
  const preview = useMemo(() => publicationPreview(Object.values(claims).filter((c) => c.articleId === articleId)), [claims, articleId]);

  const load = useCallback(async () => {
    const answer = await api.state(articleId);
    if (answer.ok) {
      setState({ url: answer.url, live: answer.live, versions: answer.versions, liveClaimIds: answer.liveClaimIds });
      // The claims panel's "Published" count follows what this panel last saw (after each publish and unpublish too).
      livePublications.set(articleId, answer.liveClaimIds);
    }
    else setMessage({ kind: 'error', text: answer.error.message });
  }, [api, articleId]);

  // Again whenever someone publishes or unpublishes it (heard on the socket), so the state here is never stale.
  const notice = usePublicationNotice(articleId);
  useEffect(() => {
    void load();
  }, [load, notice]);

  const publish = async () => {
    setBusy('publish');
    setMessage(null);
    const answer = await api.publish(articleId, originalUrl.trim() ? originalUrl.trim() : undefined);
    setBusy(null);
    if (!answer.ok) return setMessage({ kind: 'error', text: answer.error.message });
    setMessage({ kind: 'done', text: t('published', { version: answer.version }) });
    await load();
  };

  const unpublish = async () => {
    if (!window.confirm(t('confirmUnpublish'))) return;
    setBusy('unpublish');
    setMessage(null);
    const answer = await api.unpublish(articleId);
    setBusy(null);
    if (!answer.ok) return setMessage({ kind: 'error', text: answer.error.message });
    setMessage({ kind: 'done', text: t('unpublished') });
    await load();
  };

  const versionLine = (v: PublicationState['versions'][number]) =>
    t.rich('versionLine', { version: v.version, when: when(v.publishedAt), by: <bdi>{v.publishedBy}</bdi> });
  const latest = state?.versions[0];
  const published = state !== null && state.versions.length > 0;
  return (
    <div className="publish-panel" data-testid="publish">
      <p className="publish-status" data-testid="publish-status">
        {state === null ? (
          t('loading')
        ) : state.live && state.url ? (
          <>
            {t('live', { version: latest!.version, when: when(latest!.publishedAt) })}
            <a href={state.url} target="_blank" rel="noopener noreferrer" data-testid="public-link">
              {t('openPublic')}
            </a>
          </>
        ) : published ? (
          t('unpublishedStatus', { when: latest!.unpublished ? when(latest!.unpublished.at) : '' })
        ) : (
          t('notPublished')
        )}
      </p>
      {canPublish && (
        <>
          <p className="publish-preview" data-testid="publish-preview">
            {preview.included.length === 0 ? t('noneApproved') : t('willPublish', { count: preview.included.length })}
          </p>
          {preview.notIncluded.length > 0 && (
            <div className="publish-excluded">
              <p>{t('notIncluded')}</p>
              <ul>
                {preview.notIncluded.map((c) => (
                  <li key={c.id}>
                    <bdi>{c.summary || c.target.quote.exact}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <label className="publish-url" htmlFor={urlId}>
            {t('originalUrl')}
          </label>
          <input id={urlId} type="url" dir="ltr" placeholder={URL_EXAMPLE} value={originalUrl} onChange={(e) => setOriginalUrl(e.currentTarget.value)} />
          <div className="publish-actions">
            <button type="button" className="primary" disabled={busy !== null || preview.included.length === 0} onClick={() => void publish()}>
              {busy === 'publish' ? t('publishing') : published ? t('republish') : t('publish')}
            </button>
            {state?.live && (
              <button type="button" disabled={busy !== null} onClick={() => void unpublish()}>
                {busy === 'unpublish' ? t('unpublishing') : t('unpublish')}
              </button>
            )}
          </div>
        </>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'publish-error' : 'publish-done'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {state?.live && (
        <a className="export-link" href={factCheckApiUrl(articleId)} download>
          {t('factCheckPayload')}
        </a>
      )}
      {published && (
        <ol className="publish-versions" aria-label={t('versionsLabel')} data-testid="publish-versions">
          {state!.versions.map((v) => (
            <li key={v.version}>
              {versionLine(v)}
              {t('claims', { count: v.claims })}
              {v.corrections > 0 && t('corrections', { count: v.corrections })}
              {v.unpublished && t('unpublishedAt', { when: when(v.unpublished.at) })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
