import { bodyText, splitParagraphs } from '../../../shared/domain/article.ts';
import type { Article } from '../../../shared/domain/schemas.ts';
import type { RevisionNote } from '../state/workspaceReducer.ts';

/** The article's text as an editor edits it: paragraphs separated by blank lines (as the API takes it). */
export const bodyForEditing = (article: Pick<Article, 'body'>) => bodyText(article.body);

/** Whether a draft says what the article already says (only white space between paragraphs differs). */
export function sameText(article: Pick<Article, 'body'>, draft: string): boolean {
  const paragraphs = splitParagraphs(draft);
  return paragraphs.length === article.body.length && paragraphs.every((p, i) => p === article.body[i]);
}

const claims = (n: number) => (n === 1 ? '1 claim' : `${n} claims`);

/** What a revision did to the claims: "3 claims moved, 1 orphaned". */
export function revisionEffect(note: Pick<RevisionNote, 'result'>): string {
  const moved = note.result.moved.length;
  const orphaned = note.result.orphaned.length;
  let what: string;
  if (moved > 0 && orphaned > 0) what = `${claims(moved)} moved, ${orphaned} orphaned`;
  else if (moved > 0) what = `${claims(moved)} moved`;
  else if (orphaned > 0) what = `${claims(orphaned)} orphaned`;
  else if (note.result.unchanged.length > 0) what = 'every claim stayed on its words';
  else what = 'no claims to re-anchor';
  return what;
}

/** "Revision 2 by Mona: 3 claims moved, 1 orphaned". */
export function describeRevision(note: Pick<RevisionNote, 'revision' | 'by' | 'result'>): string {
  return `Revision ${note.revision} by ${note.by}: ${revisionEffect(note)}`;
}

/** The newer of two notes (the one heard as a change wins a tie: it names the author as the server does). */
export function latestNote(heard: RevisionNote | null, own: RevisionNote | null): RevisionNote | null {
  if (!own) return heard;
  if (!heard) return own;
  return own.revision > heard.revision ? own : heard;
}
