import { useEffect, useState } from 'react';
import { isLocalAddress } from '../../../shared/domain/public-address.ts';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { requestJson, type Result } from '../state/http.ts';

const strings = {
  warning: (address: string) => `Reports and their links name ${address}, which works only on the server's own computer: readers of a report cannot follow them.`,
  fix: 'An admin can give the public address in Users → Settings.',
  fixLink: 'Set the public address',
};

export type LoadSettings = () => Promise<Result<{ settings: WorkspaceSettings }>>;
const loadSettings: LoadSettings = () => requestJson('GET', '/api/settings');

/**
 * Warns, above the downloads, while the workspace's public address is still
 * a local one (the default until setup or an admin gives another): every
 * report and ClaimReview built on it would point to localhost.
 */
export function LocalAddressWarning({ canManage, load = loadSettings }: { canManage: boolean; load?: LoadSettings }) {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => live && r.ok && setAddress(r.settings.reportBaseUrl));
    return () => {
      live = false;
    };
  }, [load]);
  if (!address || !isLocalAddress(address)) return null;
  return (
    <p className="form-error local-address-warning" role="status">
      {strings.warning(address)}{' '}
      {canManage ? <a href="#/admin/users">{strings.fixLink}</a> : strings.fix}
    </p>
  );
}
