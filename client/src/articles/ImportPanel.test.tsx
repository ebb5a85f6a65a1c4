// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Article } from '../../../shared/domain/schemas.ts';
import { apiError } from '../../../shared/protocol/errors.ts';
import type { ArticleCreateInput } from '../../../shared/protocol/payloads.ts';
import type { Result } from '../state/http.ts';
import type { ExtractedArticle, FileFormat } from './articlesApi.ts';
import { ImportPanel } from './ImportPanel.tsx';

afterEach(cleanup);

const ARABIC = ['وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين.', 'وقد صرح الكرملين أنه سيتم التوقيع على "وثائق مهمة" خلال الزيارة.'];

const created = (input: ArticleCreateInput): Article => ({
  id: 'new-article',
  title: input.title,
  byline: input.byline ?? '',
  dateline: input.dateline ?? '',
  lang: input.lang ?? 'en',
  dir: input.dir ?? 'ltr',
  body: input.body.split('\n\n'),
  revision: 1,
  createdAt: '2024-07-04T00:00:00.000Z',
  updatedAt: '2024-07-04T00:00:00.000Z',
});

function setup(extracted?: Partial<ExtractedArticle>) {
  const api = {
    create: vi.fn(async (input: ArticleCreateInput): Promise<Result<{ article: Article }>> => ({ ok: true, article: created(input) })),
    extract: vi.fn(
      async (_format: FileFormat, _content: string): Promise<Result<ExtractedArticle>> => ({
        ok: true,
        title: '',
        byline: '',
        body: [],
        lang: 'en',
        dir: 'ltr',
        ...extracted,
      }),
    ),
  };
  const onImported = vi.fn();
  render(<ImportPanel api={api} onImported={onImported} />);
  return { api, onImported, user: userEvent.setup() };
}

const text = () => screen.getByLabelText('Article text') as HTMLTextAreaElement;
const paste = (value: string) => fireEvent.change(text(), { target: { value } });
const preview = () => screen.getByTestId('import-preview');

describe('ImportPanel: pasted text', () => {
  it('guesses language and direction from the text and previews the paragraphs, as text, in that direction', () => {
    setup();
    paste(`${ARABIC[0]}\n\n\n${ARABIC[1]}\n<b>بالخط العريض</b>`);
    expect((screen.getByLabelText('Language') as HTMLInputElement).value).toBe('ar');
    expect((screen.getByLabelText('Direction') as HTMLSelectElement).value).toBe('rtl');
    expect(preview().getAttribute('dir')).toBe('rtl');
    expect(preview().getAttribute('lang')).toBe('ar');
    const items = within(preview()).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([ARABIC[0], `${ARABIC[1]}\n<b>بالخط العريض</b>`]);
    expect(preview().querySelector('b')).toBeNull();
    expect(text().getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('heading', { name: /Preview/ }).textContent).toContain('2 paragraphs');
  });

  it('lets the person override the guesses, and sends the paragraphs joined by blank lines with the chosen language and direction', async () => {
    const { api, onImported, user } = setup();
    paste(`  ${ARABIC[0]}  \r\n \r\n${ARABIC[1]}`);
    await user.type(screen.getByLabelText('Title'), 'زيارة بوتين');
    await user.type(screen.getByLabelText('Dateline'), 'الخميس، 04 يوليو 2024');
    await user.selectOptions(screen.getByLabelText('Direction'), 'ltr');
    await user.clear(screen.getByLabelText('Language'));
    await user.type(screen.getByLabelText('Language'), 'ar-EG');
    expect(preview().getAttribute('dir')).toBe('ltr');
    expect(preview().getAttribute('lang')).toBe('ar-EG');
    // Typing more text does not undo the override.
    paste(`${ARABIC[0]}\n\n${ARABIC[1]}\n\nفقرة ثالثة.`);
    expect((screen.getByLabelText('Direction') as HTMLSelectElement).value).toBe('ltr');

    await user.click(screen.getByRole('button', { name: 'Import article' }));
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(api.create).toHaveBeenCalledWith({
      title: 'زيارة بوتين',
      body: `${ARABIC[0]}\n\n${ARABIC[1]}\n\nفقرة ثالثة.`,
      dateline: 'الخميس، 04 يوليو 2024',
      lang: 'ar-EG',
      dir: 'ltr',
    });
    expect(onImported.mock.calls[0]![0]).toMatchObject({ id: 'new-article' });
  });

  it('says what is missing beside the field, without asking the server', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Import article' }));
    expect(api.create).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A title is required.')).toBeTruthy();
    expect(screen.getByText('The article has no text.')).toBeTruthy();
    paste('Some text.');
    await user.type(screen.getByLabelText('Title'), 'A title');
    await user.clear(screen.getByLabelText('Language'));
    await user.type(screen.getByLabelText('Language'), 'not a tag');
    await user.click(screen.getByRole('button', { name: 'Import article' }));
    expect(api.create).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Language').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a refusal of the server beside its field', async () => {
    const { api, user } = setup();
    api.create.mockResolvedValueOnce({ ok: false, status: 403, error: apiError('forbidden') });
    paste('Some text.');
    await user.type(screen.getByLabelText('Title'), 'A title');
    await user.click(screen.getByRole('button', { name: 'Import article' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role does not allow this.');
  });
});

describe('ImportPanel: files', () => {
  it('sends .html to the server to be reduced to text and fills the form from it', async () => {
    const { api, user } = setup({ title: 'Harbour fees to rise', byline: 'Sara Ali', body: ['Fees will rise.', 'Firms will pay.'], lang: 'en', dir: 'ltr' });
    const html = '<h1>Harbour fees to rise</h1><p>Fees will rise.</p><script>alert(1)</script><p>Firms will pay.</p>';
    await user.upload(screen.getByLabelText('Upload file'), new File([html], 'harbour.html', { type: 'text/html' }));
    await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Harbour fees to rise'));
    expect(api.extract).toHaveBeenCalledWith('html', html);
    expect((screen.getByLabelText('Byline') as HTMLInputElement).value).toBe('Sara Ali');
    expect(text().value).toBe('Fees will rise.\n\nFirms will pay.');
    expect(screen.getByText(/kept as text only: 2 paragraphs/)).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
  });

  it('sends Markdown as md', async () => {
    const { api, user } = setup({ title: 'T', body: ['One.'] });
    await user.upload(screen.getByLabelText('Upload file'), new File(['# T\n\nOne.'], 'notes.md', { type: 'text/markdown' }));
    await waitFor(() => expect(api.extract).toHaveBeenCalledWith('md', '# T\n\nOne.'));
  });

  it('reads .txt in the browser: a short first paragraph is the headline, and the guesses follow the text', async () => {
    const { api, user } = setup();
    await user.selectOptions(screen.getByLabelText('Direction'), 'ltr');
    const file = new File([`بوتين في بيونج يانج\r\n\r\n${ARABIC[0]}\r\n\r\n${ARABIC[1]}\r\n`], 'story.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Upload file'), file);
    await waitFor(() => expect(text().value).toBe(ARABIC.join('\n\n')));
    expect(api.extract).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('بوتين في بيونج يانج');
    expect((screen.getByLabelText('Direction') as HTMLSelectElement).value).toBe('rtl');
    expect((screen.getByLabelText('Language') as HTMLInputElement).value).toBe('ar');
  });

  it('refuses other kinds of file', async () => {
    const { api } = setup();
    const input = screen.getByLabelText('Upload file');
    fireEvent.change(input, { target: { files: [new File(['x'], 'report.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('Choose a .txt, .md or .html file.')).toBeTruthy();
    expect(api.extract).not.toHaveBeenCalled();
  });
});

describe('ImportPanel: first impressions', () => {
  it('proposes the first line of pasted text as the title, and can put it back', async () => {
    const { api, user } = setup();
    text().focus();
    await user.paste(`بوتين في بيونج يانج\n${ARABIC[0]}\n\n${ARABIC[1]}`);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('بوتين في بيونج يانج');
    expect(text().value).toBe(`${ARABIC[0]}\n\n${ARABIC[1]}`);
    await user.click(screen.getByRole('button', { name: 'Import article' }));
    await waitFor(() => expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ title: 'بوتين في بيونج يانج', body: ARABIC.join('\n\n') })));

    await user.click(screen.getByRole('button', { name: 'keep it in the text' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
    expect(text().value).toBe(`بوتين في بيونج يانج\n${ARABIC[0]}\n\n${ARABIC[1]}`);
  });

  it('leaves a title the person already wrote, and a single pasted line, alone', async () => {
    const { user } = setup();
    text().focus();
    await user.paste('Only one line.');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('');
    expect(text().value).toBe('Only one line.');
    await user.clear(text());
    await user.type(screen.getByLabelText('Title'), 'Mine');
    text().focus();
    await user.paste('Headline\nBody.');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Mine');
    expect(text().value).toBe('Headline\nBody.');
  });

  it('claims nothing was detected before there is any text', () => {
    setup();
    expect(screen.queryByText(/^Detected from the text/)).toBeNull();
    paste(ARABIC[0]!);
    expect(screen.getByText('Detected from the text: Arabic.')).toBeTruthy();
    expect(screen.getByText('Detected from the text.')).toBeTruthy();
  });
});
