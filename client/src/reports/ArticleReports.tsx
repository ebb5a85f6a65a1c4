import { ExportLinks } from './ExportLinks.tsx';
import { ImportClaims } from './ImportClaims.tsx';
import { LocalAddressWarning } from './LocalAddressWarning.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import type { Claim } from '../../../shared/domain/schemas.ts';

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
  return (
    <div className="article-reports">
      <LocalAddressWarning canManage={canManageSettings} />
      <section className="reports-section">
        <h2 className="section-title">Public report</h2>
        <PublishPanel articleId={articleId} claims={claims} canPublish={canPublish} />
      </section>
      <section className="reports-section">
        <h2 className="section-title">
          Download
        </h2>
        <ExportLinks articleId={articleId} title="" detailed />
      </section>
      {canImport && (
        <section className="reports-section">
          <h2 className="section-title">
            Import claims
          </h2>
          <p className="section-note">
            From a &ldquo;JSON data&rdquo; or &ldquo;W3C annotations&rdquo; export of this article (or of a copy of it elsewhere). Each claim is placed
            on its words again; claims already here are skipped, and those whose words are gone come in orphaned.
          </p>
          <ImportClaims articleId={articleId} />
        </section>
      )}
    </div>
  );
}
