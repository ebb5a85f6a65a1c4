import { LIMITS } from '../../../shared/limits.ts';
import { cpLength } from '../../../shared/text/codepoints.ts';

/** The display name is remembered per browser; there are no accounts. */
export const DISPLAY_NAME_KEY = 'isnad.displayName';

export function loadDisplayName(): string | null {
  try {
    const name = localStorage.getItem(DISPLAY_NAME_KEY)?.trim();
    return name && validateDisplayName(name) === null ? name : null;
  } catch {
    return null; // storage disabled: ask every time
  }
}

export function saveDisplayName(name: string): void {
  try {
    localStorage.setItem(DISPLAY_NAME_KEY, name);
  } catch {
    // Storage disabled: the name still works for this visit.
  }
}

/** The same rule the server applies in the handshake, as a message for the form. */
export function validateDisplayName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Please enter a name your colleagues will recognise.';
  if (cpLength(trimmed) > LIMITS.displayName) return `At most ${LIMITS.displayName} characters.`;
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) return 'The name contains control characters.';
  return null;
}
