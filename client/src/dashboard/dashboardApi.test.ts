import { describe, expect, it } from 'vitest';
import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import { dashboardClaimsUrl, dashboardUrl, drillParams } from './dashboardApi.ts';
import { NO_FILTERS } from './filters.ts';

const query = (url: string) => [...new URL(url, 'http://localhost').searchParams];

describe('the dashboard query', () => {
  it('without filters asks only for the stale days', () => {
    expect(dashboardUrl(NO_FILTERS)).toBe('/api/dashboard?staleDays=7');
  });

  it('sends every filter set, days as the reader\'s own midnights, in a fixed order', () => {
    const url = dashboardUrl({ articleId: 'A1', status: 'disputed', source: 'الكرملين', reviewer: 'name:Old Desk', from: '2024-07-04', to: '2024-07-06', staleDays: '3', signOff: 'published' });
    expect(query(url)).toEqual([
      ['articleId', 'A1'],
      ['status', 'disputed'],
      ['source', 'الكرملين'],
      ['reviewer', 'name:Old Desk'],
      ['from', new Date(2024, 6, 4).toISOString()],
      ['to', new Date(2024, 6, 6, 23, 59, 59, 999).toISOString()],
      ['signOff', 'published'],
      ['staleDays', '3'],
    ]);
    // The same form is always the same URL, and the form's order does not matter.
    expect(dashboardUrl({ ...NO_FILTERS, status: 'verified', articleId: 'A2' })).toBe('/api/dashboard?articleId=A2&status=verified&staleDays=7');
  });

  it('leaves out what is not a filter: a half-typed date, stale days that are not a whole number', () => {
    expect(dashboardUrl({ ...NO_FILTERS, from: '2024-07', staleDays: '2.5' })).toBe('/api/dashboard?staleDays=7');
  });
});

describe('a drill-down as query parameters', () => {
  const cases: Array<[Drill, Array<[string, string]>]> = [
    [{ kind: 'all' }, [['kind', 'all']]],
    [{ kind: 'all', articleId: 'A1' }, [['kind', 'all'], ['drillArticle', 'A1']]],
    [{ kind: 'status', status: 'verified' }, [['kind', 'status'], ['drillStatus', 'verified']]],
    [{ kind: 'status', status: 'unreviewed', articleId: 'A2' }, [['kind', 'status'], ['drillStatus', 'unreviewed'], ['drillArticle', 'A2']]],
    [{ kind: 'reviewed', articleId: 'A1' }, [['kind', 'reviewed'], ['drillArticle', 'A1']]],
    [{ kind: 'orphaned' }, [['kind', 'orphaned']]],
    [{ kind: 'stale', articleId: 'A1' }, [['kind', 'stale'], ['drillArticle', 'A1']]],
    [{ kind: 'source', key: 'الكرملين' }, [['kind', 'source'], ['key', 'الكرملين']]],
    [{ kind: 'source', key: 'the pentagon', disputed: true }, [['kind', 'source'], ['key', 'the pentagon'], ['disputed', 'true']]],
    [{ kind: 'unattributed' }, [['kind', 'unattributed']]],
    [{ kind: 'reviewer', key: 'u2' }, [['kind', 'reviewer'], ['key', 'u2']]],
    [{ kind: 'reviewer', key: 'name:Old Desk' }, [['kind', 'reviewer'], ['key', 'name:Old Desk']]],
    [{ kind: 'signOff', stage: 'published', articleId: 'A1' }, [['kind', 'signOff'], ['stage', 'published'], ['drillArticle', 'A1']]],
  ];
  it.each(cases)('%o', (drill, params) => {
    expect(drillParams(drill)).toEqual(params);
  });

  it('goes with the filters and the limit, and survives characters a URL must escape', () => {
    const url = dashboardClaimsUrl({ ...NO_FILTERS, status: 'disputed' }, { kind: 'source', key: 'a&b=c #1' });
    expect(url.startsWith('/api/dashboard/claims?')).toBe(true);
    expect(query(url)).toEqual([
      ['status', 'disputed'],
      ['staleDays', '7'],
      ['kind', 'source'],
      ['key', 'a&b=c #1'],
      ['limit', '200'],
    ]);
  });
});
