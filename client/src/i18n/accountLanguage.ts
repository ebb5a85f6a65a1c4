import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { workspaceSettings } from '../state/workspaceSettings.ts';
import { setDigits, setLocale } from './locale.ts';

/**
 * On sign-in: the language saved with the account wins over this browser's
 * (it follows the person between devices), and the workspace's digit
 * style is read once. Without a saved choice the browser's stays.
 */
export function applyAccountLanguage(user: PublicUser): void {
  if (user.locale) setLocale(user.locale);
  void loadWorkspaceDigits();
}

function loadWorkspaceDigits(): Promise<void> {
  // Offline or refused: Latin digits until the settings can be read.
  return workspaceSettings().then((settings) => {
    if (settings) setDigits(settings.digits);
  });
}

/** After an admin changed the workspace's digit style. */
export function workspaceDigitsChanged(settings: Pick<WorkspaceSettings, 'digits'>): void {
  setDigits(settings.digits);
}
