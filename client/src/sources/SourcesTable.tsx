import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { useT, type Translator } from '../i18n/useT.ts';
import { sourcesMessages } from './sources.messages.ts';
import { listSeparator } from '../dashboard/format.ts';
import { SORT_KEYS, type SourceSort, type SourceSortKey } from './sortSources.ts';
import { Rich } from '../dashboard/Rich.tsx';

export interface SourcesTableProps {
  sources: SourceView[];
  sort: SourceSort;
  onSort(by: SourceSortKey): void;
  /** Editors and admins: selection boxes and unmerge buttons. */
  canMerge: boolean;
  selected: ReadonlySet<string>;
  onToggle(key: string): void;
  openKey: string | null;
  onOpen(key: string): void;
  onUnmerge(key: string): void;
  busy: boolean;
}

/** Which way a column is sorted: up and down point no side, so they stay as they are in Arabic. */
const SORT_ARROWS = { descending: ' ▼', ascending: ' ▲' };

/** A column's heading in the interface language. */
function heading(key: SourceSortKey, t: Translator<typeof sourcesMessages>): string {
  if (key === 'name') return t('source');
  if (key === 'claims') return t('claims');
  return STATUS_INFO[key].label[t.locale];
}

/**
 * Every source with its live claims by status. Names are user text in
 * Arabic or English: each sits in its own <bdi dir="auto">, so an Arabic
 * name in an English table (or the reverse) keeps its own direction and
 * never reorders the words around it.
 */
export function SourcesTable({ sources, sort, onSort, canMerge, selected, onToggle, openKey, onOpen, onUnmerge, busy }: SourcesTableProps) {
  const t = useT(sourcesMessages);
  return (
    <table className="dash-table sources-table" data-testid="sources-table">
      <thead>
        <tr>
          {canMerge && <th scope="col" className="select-col"><span className="visually-hidden">{t('select')}</span></th>}
          {SORT_KEYS.map((key) => (
            <th key={key} scope="col" aria-sort={sort.by === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
              <button type="button" className="sort-button" onClick={() => onSort(key)}>
                {heading(key, t)}
                {sort.by === key && <span aria-hidden="true">{sort.descending ? SORT_ARROWS.descending : SORT_ARROWS.ascending}</span>}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.key} data-source-key={s.key} aria-selected={selected.has(s.key)}>
            {canMerge && (
              <td className="select-col">
                <input type="checkbox" checked={selected.has(s.key)} onChange={() => onToggle(s.key)} aria-label={t('selectName', { name: s.name })} />
              </td>
            )}
            <th scope="row">
              <button type="button" className="source-name" aria-expanded={openKey === s.key} onClick={() => onOpen(s.key)}>
                <bdi dir="auto">{s.name}</bdi>
              </button>
              {s.spellings.length > 1 && (
                <div className="source-spellings">
                  {t('spelled')}{' '}
                  {s.spellings.map((spelling, i) => (
                    <span key={spelling}>
                      {i > 0 && listSeparator(t.locale)}
                      <bdi dir="auto">{spelling}</bdi>
                    </span>
                  ))}
                </div>
              )}
              {s.merged.length > 0 && (
                <ul className="source-merged" aria-label={t('mergedIn')}>
                  {s.merged.map((m) => (
                    <li key={m.key}>
                      <Rich t={t} message="mergedInKey" slots={{ key: <bdi dir="auto">{m.key}</bdi> }} />{' '}
                      <span className="merged-by"><Rich t={t} message="mergedBy" slots={{ name: <bdi>{m.by}</bdi> }} /></span>
                      {canMerge && (
                        <button type="button" className="link-button" disabled={busy} onClick={() => onUnmerge(m.key)}>
                          {t('unmerge')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </th>
            <td className="num-cell" data-testid="source-claims">{t.format.number(s.claims)}</td>
            {CLAIM_STATUSES.map((status) => (
              <td key={status} className={`num-cell${s.byStatus[status] ? ` status-text-${status}` : ''}`} data-status={status}>
                {t.format.number(s.byStatus[status])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
