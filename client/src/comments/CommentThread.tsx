import { useId, useRef, useState } from 'react';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';
import type { ActionResult } from '../state/useWorkspace.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { segmentMentions, type Mentionable } from '../../../shared/text/mentions.ts';
import { useMentionsSeenContext } from './mentionsSeen.tsx';
import { useSeenMentions } from './useSeenMentions.ts';
import { useT } from '../i18n/useT.ts';
import { commentsMessages } from './comments.messages.ts';

export interface CommentThreadProps {
  comments: readonly Comment[];
  meId: string;
  people: readonly Mentionable[];
  pendingIds: ReadonlySet<string>;
  canComment: boolean;
  onPost(text: string): ActionResult;
}

/** The text with @names set apart; every part is a text node, never HTML. */
function CommentText({ text, people, meId }: { text: string; people: readonly Mentionable[]; meId: string }) {
  return (
    <p className="comment-text" dir="auto">
      {segmentMentions(text, people).map((s, i) =>
        s.mention ? (
          <bdi key={i} className={`mention${s.mention === meId ? ' is-me' : ''}`}>
            {s.text}
          </bdi>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}

/** The discussion of a claim; comments that mention the signed-in person stand out. */
export function CommentThread({ comments, meId, people, pendingIds, canComment, onPost }: CommentThreadProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const t = useT(commentsMessages);
  const listRef = useRef<HTMLUListElement>(null);
  const seen = useMentionsSeenContext();
  useSeenMentions(listRef, comments.map((c) => c.id));

  const post = () => {
    const text = draft.trim();
    if (!text) return setError(t('writeFirst'));
    if (cpLength(text) > LIMITS.comment) return setError(t('tooLong', { count: LIMITS.comment }));
    const result = onPost(text);
    if (!result.ok) return setError(result.error.message);
    setDraft('');
    setError(null);
  };

  return (
    <section className="editor-section" aria-label={t('discussion')}>
      <h3 className="section-title">
        {t('discussion')} <span className="count">{t.format.number(comments.length)}</span>
      </h3>
      <ul className="comment-list" data-testid="comments" ref={listRef}>
        {comments.map((c) => {
          const mentionsMe = c.mentions.includes(meId);
          const pending = pendingIds.has(c.id);
          return (
            <li
              key={c.id}
              className={`comment${mentionsMe ? ' mentions-me' : ''}`}
              data-mentions-me={mentionsMe ? 'true' : undefined}
              data-pending={pending ? 'true' : undefined}
              data-comment-id={c.id}
              data-unread-mention={mentionsMe && seen && !seen.isSeen(c) && c.createdById !== meId ? c.id : undefined}
              tabIndex={-1}
            >
              <p className="comment-meta">
                <bdi className="comment-author">{c.createdBy}</bdi>
                {' · '}
                <time dateTime={c.createdAt}>{t.format.dateTime(c.createdAt)}</time>
                {mentionsMe && <span className="mention-flag"> {t('mentionsYou')}</span>}
                {pending && <span className="pending-flag"> {t('pending')}</span>}
              </p>
              <CommentText text={c.text} people={people} meId={meId} />
            </li>
          );
        })}
      </ul>
      {canComment && (
        <div className="comment-form">
          <label htmlFor={id}>{t('comment')}</label>
          <MentionTextarea
            id={id}
            value={draft}
            onChange={(v) => {
              setDraft(v);
              if (error) setError(null);
            }}
            people={people}
            maxLength={LIMITS.comment * 2}
            placeholder={t('placeholder')}
            onSubmit={post}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-row-end">
            <button type="button" onClick={post}>
              {t('post')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
