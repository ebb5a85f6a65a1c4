import { useState } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { NewAccountInput, SetupInput } from '../../../shared/protocol/account-payloads.ts';
import { SetupSchema } from '../../../shared/protocol/account-payloads.ts';
import { isLocalAddress } from '../../../shared/domain/public-address.ts';
import type { Result } from '../state/http.ts';
import { AccountForm } from './AccountForm.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { FormField } from './FormField.tsx';

const strings = {
  title: 'Set up Isnad — create the first admin account',
  intro: 'This account manages the workspace: it invites colleagues and decides what each may do.',
  submit: 'Create admin account',
  address: 'Public address',
  addressHint: 'Where colleagues and readers reach this workspace, e.g. https://factcheck.example.org. Reports and invitation links are built on it.',
  addressLocal: 'This address works only on this computer: reports would link to nowhere. Give the public one if there is one (it can be changed later in Users → Settings).',
  addressInvalid: 'Give an http:// or https:// address.',
};

export interface SetupPageProps {
  onSetup(input: SetupInput): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
}

/** Shown only while the workspace has no account at all: creates the first admin and records the workspace's public address. */
export function SetupPage({ onSetup, onDone }: SetupPageProps) {
  // The address the admin is using is the best first guess; they are told when it is a local one.
  const [address, setAddress] = useState(() => window.location.origin);
  const [addressError, setAddressError] = useState<string | null>(null);

  const checkAddress = () => {
    const ok = SetupSchema.shape.reportBaseUrl.safeParse(address.trim()).success && address.trim() !== '';
    setAddressError(ok ? null : strings.addressInvalid);
    return ok;
  };
  const submit = (input: NewAccountInput) => onSetup({ ...input, reportBaseUrl: address.trim().replace(/\/+$/, '') });

  return (
    <AuthLayout title={strings.title} intro={<p>{strings.intro}</p>}>
      <AccountForm submitLabel={strings.submit} onSubmit={submit} onCreated={onDone} checkExtra={checkAddress}>
        <FormField
          label={strings.address}
          type="url"
          dir="ltr"
          autoComplete="url"
          required
          maxLength={LIMITS.url}
          value={address}
          onChange={(v) => (setAddress(v), setAddressError(null))}
          error={addressError}
          hint={isLocalAddress(address) ? strings.addressLocal : strings.addressHint}
        />
      </AccountForm>
    </AuthLayout>
  );
}
