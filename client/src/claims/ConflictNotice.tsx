import { useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { claimEditorMessages } from './claimEditor.messages.ts';
import { useFocusReturn } from './useFocusReturn.ts';

export interface ConflictRow {
  label: string;
  /** The field inside a sentence: "summary" (in Arabic with its article). */
  what: string;
  theirs: string;
  mine: string;
}

export interface ConflictNoticeProps {
  rows: readonly ConflictRow[];
  /** Who made the change that beat ours. */
  by: string;
  onUseTheirs(): void;
  onKeepMine(): void;
}

/**
 * Someone else changed a field this person changed too, and the server
 * kept theirs: both values side by side, and the choice is the person's.
 * Nothing is overwritten until they press "Keep mine".
 */
export function ConflictNotice({ rows, by, onUseTheirs, onKeepMine }: ConflictNoticeProps) {
  const t = useT(claimEditorMessages);
  const box = useRef<HTMLDivElement>(null);
  const focusReturn = useFocusReturn(box, nextPlace);
  const name = (
    <strong>
      <bdi>{by || t('someone')}</bdi>
    </strong>
  );
  const title = rows.length === 1 ? t.rich('changedField', { name, field: rows[0]!.what }) : t.rich('changedClaim', { name });
  return (
    <div ref={box} className="conflict" role="alert" onFocus={focusReturn.onFocus} onKeyDown={focusReturn.onKeyDown}>
      <p className="conflict-title">{title}</p>
      {rows.map((r) => (
        <div key={r.label} className="conflict-row">
          {rows.length > 1 && <p className="conflict-field">{r.label}</p>}
          <dl className="conflict-values">
            <div>
              <dt>{t('theirs')}</dt>
              <dd dir="auto">{r.theirs || t('empty')}</dd>
            </div>
            <div>
              <dt>{t('yours')}</dt>
              <dd dir="auto">{r.mine || t('empty')}</dd>
            </div>
          </dl>
        </div>
      ))}
      <div className="conflict-actions">
        <button type="button" onClick={onUseTheirs}>
          {t('useTheirs')}
        </button>
        <button type="button" className="primary" onClick={onKeepMine}>
          {t('keepMine')}
        </button>
      </div>
    </div>
  );
}

/** Where the focus goes when the field the person came from is gone: the next conflict's choice, else the claim editor's first control. */
function nextPlace(notice: HTMLElement): HTMLElement | null {
  const editor = notice.closest('.claim-editor');
  if (!editor) return null;
  const other = [...editor.querySelectorAll<HTMLElement>('.conflict')].find((c) => c !== notice);
  return other?.querySelector<HTMLElement>('button.primary') ?? editor.querySelector<HTMLElement>('button, input, textarea, select');
}
