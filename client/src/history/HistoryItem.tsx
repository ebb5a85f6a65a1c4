import type { ReactNode } from 'react';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { describeEntry, shorten } from './describe.ts';
import { EvidenceValue, evidenceParts } from './EvidenceValue.tsx';
import { historyMessages } from './history.messages.ts';
import { READING_ARROW } from './readingArrow.ts';

function Value({ text, old, empty }: { text: string; old?: boolean; empty: string }) {
  const link = evidenceParts(text);
  return (
    <bdi className={`history-value${old ? ' is-old' : ''}`} title={text.length > 160 ? text : undefined}>
      {link ? <EvidenceValue {...link} /> : shorten(text) || empty}
    </bdi>
  );
}

/**
 * One accountable change: who, what, when, and each field's old and new
 * value. All values are text (React escapes them); names and values are
 * bidi-isolated so Arabic and English sit correctly side by side.
 */
export function HistoryItem({ entry, nameOf, extra }: { entry: HistoryEntry; nameOf(id: string | null): string; extra?: ReactNode }) {
  const t = useT(historyMessages);
  const { action, changes } = describeEntry(entry, nameOf, t);
  const empty = t('empty');
  return (
    <li className="history-item" data-action={entry.action}>
      <p className="history-line">
        <bdi className="history-who">{entry.by}</bdi> {action}
        {extra}
        <time className="history-when" dateTime={entry.at}>
          {t.format.dateTime(entry.at)}
        </time>
      </p>
      {changes.length > 0 && (
        <dl className="history-changes">
          {changes.map((c, i) => (
            <div key={`${c.field}-${i}`}>
              <dt>{c.label}</dt>
              <dd>
                {c.from !== null && <Value text={c.from} old={c.to !== null || entry.action === 'evidence_removed'} empty={empty} />}
                {c.from !== null && c.to !== null && (
                  <span className="history-arrow" aria-label={t('changedTo')}>
                    {/* Old before new in reading order: the arrow points the way the line reads. */}
                    {` ${READING_ARROW[t.locale]} `}
                  </span>
                )}
                {c.to !== null && <Value text={c.to} empty={empty} />}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
