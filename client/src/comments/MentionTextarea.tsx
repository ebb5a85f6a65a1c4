import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { mentionQuery, suggestPeople, type Mentionable } from '../../../shared/text/mentions.ts';
import { useT } from '../i18n/useT.ts';
import { commentsMessages } from './comments.messages.ts';

export interface MentionTextareaProps {
  id: string;
  value: string;
  onChange(value: string): void;
  people: readonly Mentionable[];
  maxLength: number;
  placeholder?: string;
  /** Ctrl/Cmd+Enter. */
  onSubmit(): void;
}

/**
 * A textarea that offers colleagues' names after "@": arrow keys move,
 * Enter or Tab picks, Escape closes. The list is announced as a listbox
 * owned by the textarea (aria-activedescendant), so focus never leaves the
 * text the person is writing.
 */
export function MentionTextarea({ id, value, onChange, people, maxLength, placeholder, onSubmit }: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const t = useT(commentsMessages);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const query = mentionQuery(value, caret);
  const open = query !== null && closedAt !== query.start;
  const options = open ? suggestPeople(people, query.query) : [];
  const shown = options.length > 0;

  const pick = (person: Mentionable) => {
    if (!query) return;
    const insert = `@${person.name} `;
    const next = value.slice(0, query.start) + insert + value.slice(caret);
    onChange(next);
    const at = query.start + insert.length;
    setCaret(at);
    setActive(0);
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      return onSubmit();
    }
    if (!shown) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + options.length) % options.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      pick(options[Math.min(active, options.length - 1)]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setClosedAt(query!.start);
    }
  };

  const track = () => setCaret(ref.current?.selectionStart ?? value.length);

  return (
    <div className="mention-input">
      <textarea
        ref={ref}
        id={id}
        rows={2}
        dir="auto"
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
          setClosedAt(null);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={track}
        onClick={track}
        onBlur={() => setClosedAt(query?.start ?? null)}
        onFocus={() => setClosedAt(null)}
      />
      {shown && (
        <ul className="mention-suggestions" role="listbox" id={listId} aria-label={t('peopleToMention')}>
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(p);
              }}
            >
              <bdi>{p.name}</bdi>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
