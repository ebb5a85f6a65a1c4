// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportClaims } from './ImportClaims.tsx';
import { importMessage, NOT_JSON } from './importClaims.ts';
import { stubFetch } from '../test/stubFetch.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const exportFile = (name = 'isnad-seed.json', type = 'application/json', text = JSON.stringify({ format: 'isnad-export', version: 1, articles: [], claims: [] })) =>
  new File([text], name, { type });
const ok = (imported: number, skipped: number, orphaned: number) => ({
  ok: true as const,
  imported,
  restored: 0,
  skipped,
  orphaned: Array.from({ length: orphaned }, (_, i) => `o${i}`),
  claimIds: Array.from({ length: imported }, (_, i) => `c${i}`),
});

describe('ImportClaims', () => {
  it('posts the file\'s JSON to the article and says what came of it', async () => {
    const send = vi.fn(async () => ok(5, 2, 1));
    render(<ImportClaims articleId="a1" send={send} />);
    const user = userEvent.setup();
    const doc = { format: 'isnad-export', version: 1, articles: [{ id: 'a1' }], claims: [] };
    await user.upload(screen.getByLabelText('Import claims'), exportFile('isnad.json', 'application/json', JSON.stringify(doc)));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 5 claims (2 already present, 1 orphaned)'));
    expect(send).toHaveBeenCalledWith('a1', doc);
  });

  it('takes W3C annotations (.jsonld) too', async () => {
    const send = vi.fn(async () => ok(3, 0, 0));
    render(<ImportClaims articleId="a1" send={send} />);
    await userEvent.setup().upload(screen.getByLabelText('Import claims'), exportFile('notes.annotations.jsonld', 'application/ld+json', '{"type":"AnnotationCollection","first":{"items":[]}}'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 3 claims'));
  });

  it('refuses what is not JSON, before sending anything', async () => {
    const send = vi.fn(async () => ok(1, 0, 0));
    render(<ImportClaims articleId="a1" send={send} />);
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Import claims'), exportFile('report.csv', 'text/csv', 'a,b\n1,2'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(NOT_JSON));
    await user.upload(screen.getByLabelText('Import claims'), exportFile('broken.json', 'application/json', '{"format": "isnad-export", '));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(NOT_JSON));
    expect(send).not.toHaveBeenCalled();
  });

  it('says why the server refused', async () => {
    const fetch = stubFetch();
    fetch.mockImplementation(async () => new Response(JSON.stringify({ ok: false, error: { code: 'invalid_payload', message: 'The request is malformed.', field: 'articles' } }), { status: 400 }));
    render(<ImportClaims articleId="a1" />);
    await userEvent.setup().upload(screen.getByLabelText('Import claims'), exportFile());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The file is not an Isnad JSON or W3C annotations export this article can take (at articles).'));
    expect(fetch).toHaveBeenCalledWith('/api/articles/a1/import', expect.objectContaining({ method: 'POST' }));
  });

  it('counts in words', () => {
    expect(importMessage({ imported: 1, skipped: 0, orphaned: [] })).toBe('Imported 1 claim');
    expect(importMessage({ imported: 0, skipped: 4, orphaned: [] })).toBe('Imported 0 claims (4 already present)');
    expect(importMessage({ imported: 0, restored: 4, skipped: 1, orphaned: [] })).toBe('Restored 4 claims deleted since the export (1 already present)');
    expect(importMessage({ imported: 2, restored: 1, skipped: 0, orphaned: [] })).toBe('Imported 2 claims (1 restored)');
  });
});
