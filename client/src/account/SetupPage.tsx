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
import { useT } from '../i18n/useT.ts';
import { accountMessages } from './account.messages.ts';

export interface SetupPageProps {
  onSetup(input: SetupInput): Promise<Result<{ user: PublicUser }>>;
  onDone(user: PublicUser): void;
}

/** Shown only while the workspace has no account at all: creates the first admin and records the workspace's public address. */
export function SetupPage({ onSetup, onDone }: SetupPageProps) {
  // The address the admin is using is the best first guess; they are told when it is a local one.
  const [address, setAddress] = useState(() => window.location.origin);
  const [addressError, setAddressError] = useState<string | null>(null);
  const t = useT(accountMessages);

  const checkAddress = () => {
    const ok = SetupSchema.shape.reportBaseUrl.safeParse(address.trim()).success && address.trim() !== '';
    setAddressError(ok ? null : t('addressInvalid'));
    return ok;
  };
  const submit = (input: NewAccountInput) => onSetup({ ...input, reportBaseUrl: address.trim().replace(/\/+$/, '') });

  return (
    <AuthLayout title={t('setupTitle')} intro={<p>{t('setupIntro')}</p>}>
      <AccountForm submitLabel={t('setupSubmit')} onSubmit={submit} onCreated={onDone} checkExtra={checkAddress}>
        <FormField
          label={t('address')}
          type="url"
          dir="ltr"
          autoComplete="url"
          required
          maxLength={LIMITS.url}
          value={address}
          onChange={(v) => (setAddress(v), setAddressError(null))}
          error={addressError}
          hint={isLocalAddress(address) ? t('addressLocal') : t('addressHint')}
        />
      </AccountForm>
    </AuthLayout>
  );
}
