import { STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';
import { useT } from '../i18n/useT.ts';
import { statusMessages } from './status.messages.ts';

/** A status pill: white text on the status colour (>= 4.5:1 by STATUS_INFO's contract), in the interface language. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const t = useT(statusMessages);
  return (
    <span className={`status-badge status-${status}`} data-status={status} title={t(`meaning_${status}`)}>
      {STATUS_INFO[status].label[t.locale]}
    </span>
  );
}
