import { useEffect, useId, useState, type FormEvent } from 'react';
import { WorkspaceSettingsSchema, type WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson, type Result } from '../state/http.ts';
import { forgetRatingScale } from '../claims/useRatingScale.ts';
import { RatingScaleEditor, type ScaleErrors } from './RatingScaleEditor.tsx';
import { workspaceDigitsChanged } from '../i18n/accountLanguage.ts';
import { useT } from '../i18n/useT.ts';
import { scaleProblemMessages, settingsMessages } from './settings.messages.ts';
import { scaleProblem } from './scaleProblems.ts';
import { DigitsChoice } from './DigitsChoice.tsx';

/** Where the settings come from and go to; tests hand in their own. */
export interface SettingsApi {
  load(): Promise<Result<{ settings: WorkspaceSettings }>>;
  save(settings: WorkspaceSettings): Promise<Result<{ settings: WorkspaceSettings }>>;
}

export const restSettingsApi: SettingsApi = {
  load: () => requestJson('GET', '/api/settings'),
  save: (settings) => requestJson('PATCH', '/api/settings', settings),
};

/**
 * Admins: the organisation named as the author of published reviews
 * (ClaimReview), the address reports link back to, and the public rating
 * scale. Checked with the server's own schema before sending, so each
 * problem is shown next to its field; a field the server still refuses is
 * marked the same way.
 */
export function SettingsSection({ api = restSettingsApi }: { api?: SettingsApi }) {
  const id = useId();
  const [form, setForm] = useState<WorkspaceSettings | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [scaleErrors, setScaleErrors] = useState<ScaleErrors>({});
  const t = useT(settingsMessages);
  const tp = useT(scaleProblemMessages);

  useEffect(() => {
    let live = true;
    void api.load().then((r) => {
      if (!live) return;
      if (r.ok) setForm(r.settings);
      else setMessage({ kind: 'error', text: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [api]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    const parsed = WorkspaceSettingsSchema.safeParse(form);
    setScaleErrors(parsed.success ? {} : scaleErrorsOf(parsed.error.issues, (m) => scaleProblem(m, tp)));
    if (!parsed.success && parsed.error.issues.every((i) => i.path[0] === 'ratings')) {
      return setMessage({ kind: 'error', text: t('scaleProblems') });
    }
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0] === 'reportBaseUrl' ? t('urlInvalid') : t('organisationMissing');
      return setMessage({ kind: 'error', text: field });
    }
    setBusy(true);
    const r = await api.save(parsed.data);
    setBusy(false);
    if (r.ok) {
      setForm(r.settings);
      // Rating selects opened from now on read the new scale.
      forgetRatingScale();
      // The admin's own page follows the new digits at once; colleagues read them at their next sign-in.
      workspaceDigitsChanged(r.settings);
      setMessage({ kind: 'saved', text: t('saved') });
    } else {
      const field = r.error.field?.startsWith('ratings.') ? r.error.field.slice('ratings.'.length) : null;
      if (field) setScaleErrors({ [field]: t('serverRefused') });
      setMessage({ kind: 'error', text: r.error.message });
    }
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="hint">{t('hint')}</p>
      {!form && !message && <p className="hint">{t('loading')}</p>}
      {form && (
        <form className="settings-form" noValidate onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-org`}>{t('organisation')}</label>
          <input
            id={`${id}-org`}
            dir="auto"
            value={form.organizationName}
            onChange={(e) => setForm({ ...form, organizationName: e.target.value })}
          />
          <label htmlFor={`${id}-url`}>{t('reportUrl')}</label>
          <input
            id={`${id}-url`}
            dir="ltr"
            type="url"
            value={form.reportBaseUrl}
            onChange={(e) => setForm({ ...form, reportBaseUrl: e.target.value })}
          />
          <DigitsChoice value={form.digits} onChange={(digits) => setForm({ ...form, digits })} />
          <RatingScaleEditor value={form.ratings} onChange={(ratings) => setForm({ ...form, ratings })} errors={scaleErrors} />
          <button type="submit" className="primary" disabled={busy}>
            {t('save')}
          </button>
        </form>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

/** The scale's problems by field path under `ratings`, first message per field. */
function scaleErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[], word: (message: string) => string): ScaleErrors {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path[0] !== 'ratings') continue;
    const key = issue.path.slice(1).map(String).join('.');
    out[key] ??= word(issue.message);
  }
  return out;
}
