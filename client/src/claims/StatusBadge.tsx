import { STATUS_INFO, type ClaimStatus } from '../../../shared/domain/status.ts';

/** A status pill: white text on the status colour (>= 4.5:1 by STATUS_INFO's contract). */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const info = STATUS_INFO[status];
  return (
    <span className={`status-badge status-${status}`} data-status={status} title={info.meaning}>
      {info.label.en}
      <span className="status-badge-ar" lang="ar" dir="rtl">
        {info.label.ar}
      </span>
    </span>
  );
}
