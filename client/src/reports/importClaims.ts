import { LIMITS, MAX_REQUEST_BYTES } from '../../../shared/limits.ts';
import { requestJson, type Result } from '../state/http.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import { importMessages } from './import.messages.ts';

type ImportT = Translator<typeof importMessages>;
// Built when the text is needed, so it is in the language of that moment.
const now = (): ImportT => translator(importMessages);

/**
 * Importing an export (Isnad `json`, or W3C annotations `w3c`) onto an
 * article: read the file, check it is JSON at all, and let the server
 * (POST /api/articles/:id/import) decide the rest. The claims it creates
 * arrive like any colleague's, as `claim:created` broadcasts.
 */

export interface ImportAnswer {
  imported: number;
  /** Claims of the file that had been deleted here since: brought back (as \`claim:restored\`). */
  restored: number;
  skipped: number;
  /** Ids of the imported claims that came in orphaned. */
  orphaned: string[];
  claimIds: string[];
}

export type ReadResult = { ok: true; document: unknown } | { ok: false; message: string };

const JSON_NAME = /\.(json|jsonld)$/i;
const JSON_TYPE = /^application\/([a-z.+-]*\+)?json$|^application\/ld\+json$/i;

/** The English refusal of a non-JSON file (what the tests, in English, expect to see). */
export const NOT_JSON = importMessages.notJson.en;
const tooLarge = (t: ImportT) => t('tooLarge', { mb: MAX_REQUEST_BYTES / 1_000_000 });

/** Reads a chosen file; refuses anything that is not JSON before it reaches the server. */
export async function readImportFile(file: File, t: ImportT = now()): Promise<ReadResult> {
  const notJson = t('notJson');
  const type = file.type.split(';')[0]!.trim();
  if (!JSON_NAME.test(file.name) && !JSON_TYPE.test(type)) return { ok: false, message: notJson };
  if (file.size > MAX_REQUEST_BYTES) return { ok: false, message: tooLarge(t) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t('unreadable') };
  }
  try {
    const document: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof document !== 'object' || document === null) return { ok: false, message: notJson };
    return { ok: true, document };
  } catch {
    return { ok: false, message: notJson };
  }
}

export function postImport(articleId: string, document: unknown): Promise<Result<ImportAnswer>> {
  return requestJson<ImportAnswer>('POST', `/api/articles/${encodeURIComponent(articleId)}/import`, document);
}

/** "Imported 5 claims (3 restored, 2 already present, 1 orphaned)". */
export function importMessage(answer: Pick<ImportAnswer, 'imported' | 'skipped' | 'orphaned'> & { restored?: number }, t: ImportT = now()): string {
  const restored = answer.restored ?? 0;
  const claims = (count: number) => t('claims', { count });
  // Arabic separates a list with its own comma.
  const join = (list: string[]) => list.join(t.locale === 'ar' ? '، ' : ', ');
  if (answer.imported === 0 && restored > 0) {
    if (answer.skipped === 0) return t('restoredOnly', { claims: claims(restored) });
    return t('restoredOnlyNotes', { claims: claims(restored), notes: t('presentNote', { count: answer.skipped }) });
  }
  const list = [
    ...(restored > 0 ? [t('restoredNote', { count: restored })] : []),
    ...(answer.skipped > 0 ? [t('presentNote', { count: answer.skipped })] : []),
    ...(answer.orphaned.length > 0 ? [t('orphanedNote', { count: answer.orphaned.length })] : []),
  ];
  if (list.length === 0) return t('imported', { claims: claims(answer.imported) });
  return t('importedNotes', { claims: claims(answer.imported), notes: join(list) });
}

/** The server's refusal, said for this form. */
export function importErrorMessage(error: { code: string; message: string; field?: string }, t: ImportT = now()): string {
  switch (error.code) {
    case 'invalid_payload':
      return t('invalid', { at: error.field ? t('invalidAt', { field: error.field }) : '' });
    case 'payload_too_large':
      return tooLarge(t);
    case 'forbidden':
      return t('forbidden');
    case 'not_found':
      return t('notFound');
    case 'limit_reached':
      return t('limit', { max: LIMITS.claimsPerArticle });
    default:
      return t('failed', { message: error.message });
  }
}
