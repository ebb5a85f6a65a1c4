import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import type { SourceView } from '../../../shared/sources/merges.ts';
import { SORT_KEYS, type SourceSort, type SourceSortKey } from './sortSources.ts';

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

const HEADINGS: Record<SourceSortKey, string> = {
  name: 'Source',
  claims: 'Claims',
  unreviewed: STATUS_INFO.unreviewed.label.en,
  attributed: STATUS_INFO.attributed.label.en,
  verified: STATUS_INFO.verified.label.en,
  disputed: STATUS_INFO.disputed.label.en,
};

/**
 * Every source with its live claims by status. Names are user text in
 * Arabic or English: each sits in its own <bdi dir="auto">, so an Arabic
 * name in an English table (or the reverse) keeps its own direction and
 * never reorders the words around it.
 */
export function SourcesTable({ sources, sort, onSort, canMerge, selected, onToggle, openKey, onOpen, onUnmerge, busy }: SourcesTableProps) {
  return (
    <table className="dash-table sources-table" data-testid="sources-table">
      <thead>
        <tr>
          {canMerge && <th scope="col" className="select-col"><span className="visually-hidden">Select</span></th>}
          {SORT_KEYS.map((key) => (
            <th key={key} scope="col" aria-sort={sort.by === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
              <button type="button" className="sort-button" onClick={() => onSort(key)}>
                {HEADINGS[key]}
                {sort.by === key && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
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
                <input type="checkbox" checked={selected.has(s.key)} onChange={() => onToggle(s.key)} aria-label={`Select ${s.name}`} />
              </td>
            )}
            <th scope="row">
              <button type="button" className="source-name" aria-expanded={openKey === s.key} onClick={() => onOpen(s.key)}>
                <bdi dir="auto">{s.name}</bdi>
              </button>
              {s.spellings.length > 1 && (
                <div className="source-spellings">
                  Spelled:{' '}
                  {s.spellings.map((spelling, i) => (
                    <span key={spelling}>
                      {i > 0 && ', '}
                      <bdi dir="auto">{spelling}</bdi>
                    </span>
                  ))}
                </div>
              )}
              {s.merged.length > 0 && (
                <ul className="source-merged" aria-label="Merged in">
                  {s.merged.map((m) => (
                    <li key={m.key}>
                      merged in: <bdi dir="auto">{m.key}</bdi> <span className="merged-by">by {m.by}</span>
                      {canMerge && (
                        <button type="button" className="link-button" disabled={busy} onClick={() => onUnmerge(m.key)}>
                          Unmerge
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </th>
            <td className="num-cell" data-testid="source-claims">{s.claims}</td>
            {CLAIM_STATUSES.map((status) => (
              <td key={status} className={`num-cell${s.byStatus[status] ? ` status-text-${status}` : ''}`} data-status={status}>
                {s.byStatus[status]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
