import { useCallback, useState } from 'react';
import type { Article, Claim } from '../../../shared/domain/schemas.ts';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import type { Permissions } from '../account/permissions.ts';
import type { ClaimActions } from '../state/useWorkspace.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { ClaimsPanel } from './ClaimsPanel.tsx';
import { UndoToast } from './UndoToast.tsx';

export interface ClaimSidebarProps {
  article: Article | null;
  claims: readonly Claim[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  actions: Pick<ClaimActions, 'updateClaim' | 'deleteClaim' | 'restoreClaim'>;
  /** What the signed-in person may do; what they may not is not offered. */
  permissions: Pick<Permissions, 'capture' | 'edit' | 'deleteClaim'>;
}

/** The claims column: counts, the list with the selected claim's editor, and the undo toast. */
export function ClaimSidebar({ article, claims, selectedId, onSelect, actions, permissions }: ClaimSidebarProps) {
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const expire = useCallback(() => setDeletedId(null), []);

  const remove = async (id: string) => {
    onSelect(null);
    const ack = await actions.deleteClaim(id);
    if (ack.ok) setDeletedId(id);
  };
  const undo = async () => {
    if (!deletedId) return;
    const id = deletedId;
    setDeletedId(null);
    const ack = await actions.restoreClaim(id);
    if (ack.ok) onSelect(id);
  };

  return (
    <aside className="sidebar" aria-label="Claims">
      <header className="sidebar-head">
        <h2>
          Claims <span className="count">{claims.length}</span>
        </h2>
        <ul className="status-counts" aria-label="Claims by status">
          {CLAIM_STATUSES.map((s) => (
            <li key={s} className={`status-count status-${s}`} title={STATUS_INFO[s].label.en}>
              <span className="dot" aria-hidden="true" />
              {STATUS_INFO[s].label.en} {claims.filter((c) => c.status === s).length}
            </li>
          ))}
        </ul>
      </header>
      <ClaimsPanel
        article={article}
        claims={claims}
        selectedId={selectedId}
        onSelect={onSelect}
        canCapture={permissions.capture}
        renderSelected={(claim) => (
          <ClaimEditor
            key={claim.id}
            claim={claim}
            canEdit={permissions.edit}
            canDelete={permissions.deleteClaim(claim)}
            onUpdate={(changes, baseVersion) => actions.updateClaim(claim.id, changes, baseVersion)}
            onDelete={() => void remove(claim.id)}
          />
        )}
      />
      {deletedId && <UndoToast onUndo={() => void undo()} onExpire={expire} />}
    </aside>
  );
}
