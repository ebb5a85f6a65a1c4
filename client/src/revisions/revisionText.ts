import { bodyText, splitParagraphs } from '../../../shared/domain/article.ts';
import type { Article } from '../../../shared/domain/schemas.ts';
import { translator, type Translator } from '../i18n/useT.ts';
import type { RevisionNote } from '../state/workspaceReducer.ts';
import { revisionNoticeMessages } from './revisionNotice.messages.ts';

type Words = Translator<typeof revisionNoticeMessages>;

/** The article's text as an editor edits it: paragraphs separated by blank lines (as the API takes it). */
export const bodyForEditing = (article: Pick<Article, 'body'>) => bodyText(article.body);

/** Whether a draft says what the article already says (only white space between paragraphs differs). */
export function sameText(article: Pick<Article, 'body'>, draft: string): boolean {
  const paragraphs = splitParagraphs(draft);
  return paragraphs.length === article.body.length && paragraphs.every((p, i) => p === article.body[i]);
}

/** What a revision did to the claims, in the interface language: "3 claims moved, 1 orphaned". */
export function revisionEffect(note: Pick<RevisionNote, 'result'>, t: Words = translator(revisionNoticeMessages)): string {
  const moved = note.result.moved.length;
  const orphaned = note.result.orphaned.length;
  if (moved > 0 && orphaned > 0) return t('andOrphaned', { moved: t('claimsMoved', { count: moved }), count: orphaned });
  if (moved > 0) return t('claimsMoved', { count: moved });
  if (orphaned > 0) return t('claimsOrphaned', { count: orphaned });
  return note.result.unchanged.length > 0 ? t('everyClaimStayed') : t('noClaimsToReanchor');
}

/** "Revision 2 by Mona: 3 claims moved, 1 orphaned". */
export function describeRevision(note: Pick<RevisionNote, 'revision' | 'by' | 'result'>, t: Words = translator(revisionNoticeMessages)): string {
  return t('revisionByName', { revision: note.revision, name: note.by, effect: revisionEffect(note, t) });
}

/** The newer of two notes (the one heard as a change wins a tie: it names the author as the server does). */
export function latestNote(heard: RevisionNote | null, own: RevisionNote | null): RevisionNote | null {
  if (!own) return heard;
  if (!heard) return own;
  return own.revision > heard.revision ? own : heard;
}
