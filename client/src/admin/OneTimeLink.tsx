import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { usersMessages } from './admin.messages.ts';
import { copyLink } from './copyLink.ts';

/**
 * A link shown once for the admin to pass on (an invitation, a password
 * reset): what it is for, the address itself (left to right, selectable),
 * Copy, and when it expires. "Copied" belongs to the link it was said of,
 * so a new link starts uncopied.
 */
export function OneTimeLink({ url, testId, intro, expires }: { url: string; testId: string; intro: ReactNode; expires: ReactNode }) {
  const id = useId();
  const t = useT(usersMessages);
  const [copiedUrl, setCopiedUrl] = useState<string | null>(null);
  const copy = async () => {
    if (await copyLink(url, `${id}-url`)) setCopiedUrl(url);
  };
  return (
    <div className="invite-result">
      <p>{intro}</p>
      <div className="invite-link">
        <code id={`${id}-url`} data-testid={testId} dir="ltr">
          {url}
        </code>
        <button type="button" onClick={() => void copy()}>
          {copiedUrl === url ? t('copied') : t('copy')}
        </button>
      </div>
      <p className="hint">{expires}</p>
    </div>
  );
}
