import { ExportLinks } from './ExportLinks.tsx';
import { ImportClaims } from './ImportClaims.tsx';
import { LocalAddressWarning } from './LocalAddressWarning.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { useT } from '../i18n/useT.ts';
import { reportsMessages } from './reports.messages.ts';

const NO_CLAIMS: Readonly<Record<string, Claim>> = {};

/** The sidebar's "Reports" tab: the public report (published by editors), the article's downloads for everyone, and the import of claims for editors and admins. */
export function ArticleReports({
  articleId,
  canImport,
  canManageSettings = false,
  claims = NO_CLAIMS,
  canPublish = false,
}: {
  articleId: string;
  canImport: boolean;
  canManageSettings?: boolean;
  claims?: Readonly<Record<string, Claim>>;
  canPublish?: boolean;
}) {
  const t = useT(reportsMessages);
  return (
    <div className="article-reports">
      <LocalAddressWarning canManage={canManageSettings} />
      <section className="reports-section">
        <h2 className="section-title">{t('publicReport')}</h2>
        <PublishPanel articleId={articleId} claims={claims} canPublish={canPublish} />
      </section>
      <section className="reports-section">
        <h2 className="section-title">{t('download')}</h2>
        <ExportLinks articleId={articleId} title="" detailed />
      </section>
      {canImport && (
        <section className="reports-section">
          <h2 className="section-title">{t('importClaims')}</h2>
          <p className="section-note">{t('importNote')}</p>
          <ImportClaims articleId={articleId} />
        </section>
      )}
    </div>
  );
}
