import { useId, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import { validateDisplayName } from './displayName.ts';

export interface NameFormProps {
  initial?: string;
  onSubmit(name: string): void;
  onCancel?: () => void;
}

/** Asks who is working, so colleagues see a name on presence and on every change. */
export function NameForm({ initial = '', onSubmit, onCancel }: NameFormProps) {
  const id = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = validateDisplayName(name);
    if (problem) return setError(problem);
    onSubmit(name.trim());
  };
  return (
    <form className="name-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Who is fact-checking? <span lang="ar" dir="rtl">من يتحقق؟</span>
      </h2>
      <p className="hint">Your colleagues see this name next to your changes.</p>
      <label htmlFor={id}>
        Display name /{' '}
        <span lang="ar" dir="rtl">
          الاسم
        </span>
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        autoComplete="nickname"
        autoFocus
        required
        maxLength={LIMITS.displayName}
        value={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary">
          Continue
        </button>
      </div>
    </form>
  );
}
