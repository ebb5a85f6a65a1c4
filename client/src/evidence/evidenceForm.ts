import { HttpUrlSchema, userText } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import { evidenceMessages } from './evidence.messages.ts';

/**
 * The evidence form's checks, with the server's own schemas: only http(s)
 * links (a javascript: or data: URL would run in a colleague's browser),
 * and the shared length limits. Messages are worded in the interface
 * language of the moment the form is checked.
 */

export interface EvidenceInput {
  url: string;
  title: string;
  note: string;
}

export type EvidenceErrors = Partial<Record<keyof EvidenceInput, string>>;

const TitleSchema = userText(LIMITS.evidenceTitle, { trim: true });
const NoteSchema = userText(LIMITS.evidenceNote);

export function validateEvidence(
  input: EvidenceInput,
  t: Translator<typeof evidenceMessages> = translator(evidenceMessages),
): { ok: true; value: EvidenceInput } | { ok: false; errors: EvidenceErrors } {
  const errors: EvidenceErrors = {};
  const url = input.url.trim();
  if (!url) errors.url = t('urlMissing');
  else if (!/^https?:\/\//i.test(url)) errors.url = t('urlScheme');
  else if (!HttpUrlSchema.safeParse(url).success) errors.url = t('urlInvalid', { count: LIMITS.url });
  const title = TitleSchema.safeParse(input.title);
  if (!title.success) errors.title = t('titleTooLong', { count: LIMITS.evidenceTitle });
  const note = NoteSchema.safeParse(input.note);
  if (!note.success) errors.note = t('noteTooLong', { count: LIMITS.evidenceNote });
  if (Object.keys(errors).length > 0 || !title.success || !note.success) return { ok: false, errors };
  return { ok: true, value: { url, title: title.data, note: note.data } };
}

/** "www.example.org" for a link's label; the whole URL stays in the href and title. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
