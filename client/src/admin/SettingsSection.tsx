import { useEffect, useId, useState, type FormEvent } from 'react';
import { WorkspaceSettingsSchema, type WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson, type Result } from '../state/http.ts';

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
 * (ClaimReview) and the address reports link back to.
 */
export function SettingsSection({ api = restSettingsApi }: { api?: SettingsApi }) {
  const id = useId();
  const [form, setForm] = useState<WorkspaceSettings | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

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
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0] === 'reportBaseUrl' ? 'The report address must be an http or https URL.' : 'The organisation needs a name.';
      return setMessage({ kind: 'error', text: field });
    }
    setBusy(true);
    const r = await api.save(parsed.data);
    setBusy(false);
    if (r.ok) {
      setForm(r.settings);
      setMessage({ kind: 'saved', text: 'Saved. New reports use these settings.' });
    } else setMessage({ kind: 'error', text: r.error.message });
  };

  return (
    <section className="admin-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Workspace settings</h2>
      <p className="hint">Reports name the organisation as the author of published reviews and link back to the address below.</p>
      {!form && !message && <p className="hint">Loading…</p>}
      {form && (
        <form className="settings-form" noValidate onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-org`}>Organisation name</label>
          <input
            id={`${id}-org`}
            dir="auto"
            value={form.organizationName}
            onChange={(e) => setForm({ ...form, organizationName: e.target.value })}
          />
          <label htmlFor={`${id}-url`}>Report base URL</label>
          <input
            id={`${id}-url`}
            dir="ltr"
            type="url"
            value={form.reportBaseUrl}
            onChange={(e) => setForm({ ...form, reportBaseUrl: e.target.value })}
          />
          <button type="submit" className="primary" disabled={busy}>
            Save settings
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
