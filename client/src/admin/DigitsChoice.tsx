import { useId } from 'react';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { useT } from '../i18n/useT.ts';
import { settingsMessages } from './settings.messages.ts';
import './digits-choice.css';

type Digits = WorkspaceSettings['digits'];

/**
 * The workspace's digits for Arabic: Latin (as most Arab news sites write,
 * and the seed article does) or Arabic-Indic. Each choice shows its own
 * digits, written literally rather than through Intl, so the admin sees
 * what they are choosing whatever the page uses now.
 */
const CHOICES: Array<{ value: Digits; label: 'digitsLatn' | 'digitsArab'; example: string }> = [
  { value: 'latn', label: 'digitsLatn', example: '0123' },
  { value: 'arab', label: 'digitsArab', example: '٠١٢٣' },
];

export function DigitsChoice({ value, onChange }: { value: Digits; onChange(next: Digits): void }) {
  const id = useId();
  const t = useT(settingsMessages);
  return (
    <fieldset className="digits-choice" aria-describedby={`${id}-hint`}>
      <legend>{t('digits')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('digitsHint')}
      </p>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="toggle">
          <input type="radio" name={`${id}-digits`} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{t(choice.label, { example: choice.example })}</span>
        </label>
      ))}
    </fieldset>
  );
}
