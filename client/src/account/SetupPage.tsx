import type { PublicUser } from '../../../shared/domain/schemas.ts';
import type { NewAccountInput } from '../../../shared/protocol/account-payloads.ts';
import type { Result } from '../state/http.ts';
import { AccountForm } from './AccountForm.tsx';
import { AuthLayout } from './AuthLayout.tsx';

export interface SetupPageProps {
  onSetup(input: NewAccountInput): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
}

/** Shown only while the workspace has no account at all: creates the first admin. */
export function SetupPage({ onSetup, onDone }: SetupPageProps) {
  return (
    <AuthLayout
      title="Set up Isnad — create the first admin account"
      intro={<p>This account manages the workspace: it invites colleagues and decides what each may do.</p>}
    >
      <AccountForm submitLabel="Create admin account" onSubmit={onSetup} onCreated={onDone} />
    </AuthLayout>
  );
}
