import { HttpUrlSchema, userText } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';

/**
 * The evidence form's checks, with the server's own schemas: only http(s)
 * links (a javascript: or data: URL would run in a colleague's browser),
 * and the shared length limits.
 */

export interface EvidenceInput {
  url: string;
  title: string;
  note: string;
}

export type EvidenceErrors = Partial<Record<keyof EvidenceInput, string>>;

const TitleSchema = userText(LIMITS.evidenceTitle, { trim: true });
const NoteSchema = userText(LIMITS.evidenceNote);

export function validateEvidence(input: EvidenceInput): { ok: true; value: EvidenceInput } | { ok: false; errors: EvidenceErrors } {
  const errors: EvidenceErrors = {};
  const url = input.url.trim();
  if (!url) errors.url = 'Enter the address of the source.';
  else if (!/^https?:\/\//i.test(url)) errors.url = 'Only http:// and https:// links can be added.';
  else if (!HttpUrlSchema.safeParse(url).success) errors.url = `Enter a complete web address (at most ${LIMITS.url} characters).`;
  const title = TitleSchema.safeParse(input.title);
  if (!title.success) errors.title = `The title can be at most ${LIMITS.evidenceTitle} characters, without control characters.`;
  const note = NoteSchema.safeParse(input.note);
  if (!note.success) errors.note = `The note can be at most ${LIMITS.evidenceNote} characters, without control characters.`;
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
