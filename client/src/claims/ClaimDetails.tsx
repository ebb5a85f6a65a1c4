import type { Claim, Comment, HistoryEntry } from '../../../shared/domain/schemas.ts';
import type { Permissions } from '../account/permissions.ts';
import { CommentThread } from '../comments/CommentThread.tsx';
import { EvidenceSection } from '../evidence/EvidenceSection.tsx';
import { ClaimHistory } from '../history/ClaimHistory.tsx';
import { useClaimHistory } from '../history/useHistory.ts';
import type { People } from '../state/usePeople.ts';
import type { ClaimActions } from '../state/useWorkspace.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { CheckedBefore } from './CheckedBefore.tsx';
import { useRatingScale } from './useRatingScale.ts';

export interface ClaimDetailsProps {
  claim: Claim;
  meId: string;
  people: People;
  comments: readonly Comment[];
  pendingComments: ReadonlySet<string>;
  pendingEvidence: ReadonlySet<string>;
  conflicts: readonly ParkedConflict[];
  liveHistory: readonly HistoryEntry[];
  /** Changes with every ack of ours: our own changes reach the history by reloading it. */
  reloadKey: number;
  permissions: Pick<Permissions, 'edit' | 'deleteClaim' | 'addEvidence' | 'comment'> & Partial<Pick<Permissions, 'markReady' | 'approve'>>;
  actions: Pick<ClaimActions, 'updateClaim'> & Partial<ClaimActions>;
  onDelete(): void;
}

/** The selected claim in full: its fields, its sources, its discussion and its history. */
export function ClaimDetails(props: ClaimDetailsProps) {
  const { claim, meId, people, comments, conflicts, liveHistory, reloadKey, permissions, actions, onDelete } = props;
  const history = useClaimHistory(claim.id, liveHistory, reloadKey);
  const { addEvidence, removeEvidence, addComment, resolveConflict } = actions;
  const ratings = useRatingScale();
  return (
    <ClaimEditor
      claim={claim}
      canEdit={permissions.edit}
      canDelete={permissions.deleteClaim(claim)}
      onUpdate={(changes, baseVersion) => actions.updateClaim(claim.id, changes, baseVersion)}
      onDelete={onDelete}
      conflicts={conflicts}
      onResolveConflict={resolveConflict}
      people={people}
      history={history.entries}
      draftOwner={meId || undefined}
      onNotify={permissions.comment && addComment ? (text) => addComment(claim.id, text) : undefined}
      signOff={{ ratings, canMarkReady: permissions.markReady ?? false, canApprove: permissions.approve ?? false }}
    >
      <CheckedBefore claim={claim} canReuse={permissions.edit && permissions.addEvidence} actions={actions} />
      <EvidenceSection
        claim={claim}
        canEdit={permissions.addEvidence && Boolean(addEvidence && removeEvidence)}
        pendingIds={props.pendingEvidence}
        onAdd={(input) => addEvidence!(claim.id, input)}
        onRemove={(evidenceId) => removeEvidence!(claim.id, evidenceId)}
      />
      <CommentThread
        comments={comments}
        meId={meId}
        people={people.list}
        pendingIds={props.pendingComments}
        canComment={permissions.comment && Boolean(addComment)}
        onPost={(text) => addComment!(claim.id, text)}
      />
      <ClaimHistory
        history={history}
        nameOf={people.nameOf}
        restoreText={
          permissions.edit && meId ? { meId, claim, onRestore: (field, value) => actions.updateClaim(claim.id, { [field]: value }, claim.version) } : undefined
        }
      />
    </ClaimEditor>
  );
}
