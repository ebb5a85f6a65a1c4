import { LIMITS, MAX_REQUEST_BYTES } from '../../../shared/limits.ts';
import { requestJson, type Result } from '../state/http.ts';

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

export const NOT_JSON =
  'That file is not a JSON export. Choose an Isnad "JSON data" (.json) or "W3C annotations" (.jsonld) file.';
export const TOO_LARGE = `That file is too large to import (more than ${MAX_REQUEST_BYTES / 1_000_000} MB).`;

/** Reads a chosen file; refuses anything that is not JSON before it reaches the server. */
export async function readImportFile(file: File): Promise<ReadResult> {
  const type = file.type.split(';')[0]!.trim();
  if (!JSON_NAME.test(file.name) && !JSON_TYPE.test(type)) return { ok: false, message: NOT_JSON };
  if (file.size > MAX_REQUEST_BYTES) return { ok: false, message: TOO_LARGE };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read.' };
  }
  try {
    const document: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof document !== 'object' || document === null) return { ok: false, message: NOT_JSON };
    return { ok: true, document };
  } catch {
    return { ok: false, message: NOT_JSON };
  }
}

export function postImport(articleId: string, document: unknown): Promise<Result<ImportAnswer>> {
  return requestJson<ImportAnswer>('POST', `/api/articles/${encodeURIComponent(articleId)}/import`, document);
}

const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

/** "Imported 5 claims (3 restored, 2 already present, 1 orphaned)". */
export function importMessage(answer: Pick<ImportAnswer, 'imported' | 'skipped' | 'orphaned'> & { restored?: number }): string {
  const restored = answer.restored ?? 0;
  if (answer.imported === 0 && restored > 0) {
    return `Restored ${claims(restored)} deleted since the export${answer.skipped > 0 ? ` (${answer.skipped} already present)` : ''}`;
  }
  const notes = [
    ...(restored > 0 ? [`${restored} restored`] : []),
    ...(answer.skipped > 0 ? [`${answer.skipped} already present`] : []),
    ...(answer.orphaned.length > 0 ? [`${answer.orphaned.length} orphaned`] : []),
  ];
  return `Imported ${claims(answer.imported)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** The server's refusal, said for this form. */
export function importErrorMessage(error: { code: string; message: string; field?: string }): string {
  switch (error.code) {
    case 'invalid_payload':
      return `The file is not an Isnad JSON or W3C annotations export this article can take${error.field ? ` (at ${error.field})` : ''}.`;
    case 'payload_too_large':
      return TOO_LARGE;
    case 'forbidden':
      return 'Only editors and admins can import claims.';
    case 'not_found':
      return 'This article no longer exists.';
    case 'limit_reached':
      return `The article would hold more than ${LIMITS.claimsPerArticle.toLocaleString('en')} claims; nothing was imported.`;
    default:
      return `The import failed: ${error.message}`;
  }
}
