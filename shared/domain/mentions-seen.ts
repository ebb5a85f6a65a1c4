import * as z from 'zod/mini';
import { IdSchema } from './schemas.ts';

/**
 * Which comments mentioning a person they have seen in one article, kept
 * with their account so every device agrees. A set of every comment id
 * ever seen would grow without bound, so a mark holds a "seen up to"
 * time plus the ids seen after it, at most MAX_SEEN_IDS: past that the
 * oldest ids fold into the time (a mention older than the 100 newest the
 * person has read counts as read). Each article's mark is thus bounded
 * (about 6 KB), and costs nothing until the person is mentioned there.
 */
export const MAX_SEEN_IDS = 100;

export const MentionsSeenMarkSchema = z.object({
  /** Every mention created at or before this time is seen; '' before any fold. */
  upTo: z.string(),
  /** [comment id, its createdAt], seen after `upTo`. */
  seen: z.array(z.tuple([IdSchema, z.string()])).check(z.maxLength(MAX_SEEN_IDS)),
});
export type MentionsSeenMark = z.infer<typeof MentionsSeenMarkSchema>;

export const EMPTY_MARK: MentionsSeenMark = { upTo: '', seen: [] };

/** `mentions:seen` (mark one seen) and `mentions:get` (read the mark) both name the article; the first also the comment. */
export const MentionSeenInputSchema = z.strictObject({ articleId: IdSchema, commentId: IdSchema });
export const MentionsGetInputSchema = z.strictObject({ articleId: IdSchema });

export function isMentionSeen(mark: MentionsSeenMark, comment: { id: string; createdAt: string }): boolean {
  return (mark.upTo !== '' && comment.createdAt <= mark.upTo) || mark.seen.some(([id]) => id === comment.id);
}

/** The mark with this comment seen, or the same mark when it already was. */
export function withMentionSeen(mark: MentionsSeenMark, comment: { id: string; createdAt: string }): MentionsSeenMark {
  if (isMentionSeen(mark, comment)) return mark;
  const seen = [...mark.seen, [comment.id, comment.createdAt] as [string, string]].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  if (seen.length <= MAX_SEEN_IDS) return { upTo: mark.upTo, seen };
  const folded = seen.slice(0, seen.length - MAX_SEEN_IDS);
  const upTo = folded.reduce((t, [, at]) => (at > t ? at : t), mark.upTo);
  return { upTo, seen: seen.slice(folded.length).filter(([, at]) => at > upTo) };
}

/** Two devices' marks joined: what either has seen is seen. */
export function mergeMarks(a: MentionsSeenMark, b: MentionsSeenMark): MentionsSeenMark {
  let out: MentionsSeenMark = a.upTo >= b.upTo ? { upTo: a.upTo, seen: a.seen.filter(([, at]) => at > a.upTo) } : { upTo: b.upTo, seen: a.seen.filter(([, at]) => at > b.upTo) };
  for (const [id, createdAt] of b.seen) out = withMentionSeen(out, { id, createdAt });
  return out;
}
