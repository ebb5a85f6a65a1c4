import { useEffect, useState } from 'react';
import { isLocalAddress } from '../../../shared/domain/public-address.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson, type Result } from '../state/http.ts';
import { useT } from '../i18n/useT.ts';
import { reportsMessages } from './reports.messages.ts';


export type LoadSettings = () => Promise<Result<{ settings: WorkspaceSettings }>>;
const loadSettings: LoadSettings = () => requestJson('GET', '/api/settings');

/**
 * Warns, above the downloads, while the workspace's public address is still
 * a local one (the default until setup or an admin gives another): every
 * report and ClaimReview built on it would point to localhost.
 */
export function LocalAddressWarning({ canManage, load = loadSettings }: { canManage: boolean; load?: LoadSettings }) {
  const t = useT(reportsMessages);
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => live && r.ok && setAddress(r.settings.reportBaseUrl));
    return () => {
      live = false;
    };
  }, [load]);
  if (!address || !isLocalAddress(address)) return null;
  const warning = t.rich('localWarning', { address: <bdi dir="ltr">{address}</bdi> });
  return (
    <p className="form-error local-address-warning" role="status">
      {warning}{' '}
      {canManage ? <a href="#/admin/users">{t('localFixLink')}</a> : t('localFix')}
    </p>
  );
}
