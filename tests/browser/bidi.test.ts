import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * Bidi isolation in the real app: a workspace full of mixed Arabic and Latin
 * text (an English title among Arabic articles, Latin names beside Arabic
 * ones, URLs with dates, sources and notes that mix both), every page that
 * shows it opened in Chromium, and a generic walker that finds every text
 * node holding user text and checks that an isolating element (a <bdi>, an
 * element with dir, a form control) holds it before its block does, so a
 * new component that forgets is caught too. Screenshots go to
 * tests/artifacts/bidi-*.png.
 */

const SEED = 'seed-putin-pyongyang';
const EN_TITLE = 'Kim and Putin: 24 hours in Pyongyang (analysis)';
const DATED_URL = 'https://www.example.org/news/2024-06-18/putin-kim-summit-pyongyang';

/** Everything people typed, as the walker looks for it. */
const USER_TEXT = {
  mona: 'Mona Khalil',
  omar: 'عمر الشريف',
  summary: 'Pentagon: North Korean missiles used in Ukraine (2024)',
  summaryAr: 'البنتاغون: صواريخ كورية شمالية في أوكرانيا، 2024',
  source: 'the Pentagon (البنتاجون)',
  note: 'راجعنا الإحاطة: page 3, line 12.',
  evidenceTitle: 'إحاطة البنتاغون: transcript 18/06',
  evidenceNote: 'Archived copy',
  comment: 'راجعت المصدر with Reuters, OK.',
};

/** The article's words the claims hold: quoted in cards, the activity and the dashboard. */
const PHRASES = ['اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا', 'وثائق مهمة للغاية'];

let browser: Browser;
let server: TestServer;
let claimIds: string[] = [];
let enArticle = '';

browserSuite((suite) => ({ browser, server } = suite));

/** Code point offsets of a phrase in the seed body. */
async function spanOf(phrase: string): Promise<{ start: number; end: number }> {
  const body = (await server.dump()).articles[SEED]!.body.join('\n\n');
  const at = body.indexOf(phrase);
  if (at < 0) throw new Error(`not in the article: ${phrase}`);
  const start = [...body.slice(0, at)].length;
  return { start, end: start + [...phrase].length };
}

beforeAll(async () => {
  const created = await server.fetch('/api/articles', {
    method: 'POST',
    as: USER_TEXT.mona,
    role: 'editor',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ title: EN_TITLE, body: 'Officials said the summit lasted 24 hours.\n\nA second paragraph.', byline: 'Desk · مكتب التحقق' }),
  });
  if (created.status !== 201) throw new Error(`article: ${created.status} ${await created.text()}`);
  enArticle = ((await created.json()) as { article: { id: string } }).article.id;

  const mona = await server.connect(USER_TEXT.mona, 'editor');
  const omar = await server.connect(USER_TEXT.omar, 'reviewer');
  const phrases = PHRASES;
  const people = ((await (await server.fetch('/api/people', { as: USER_TEXT.mona, role: 'editor' })).json()) as { people: Array<{ id: string; name: string }> }).people;
  const monaId = people.find((p) => p.name === USER_TEXT.mona)!.id;
  const ack = async <T extends { ok: boolean }>(p: Promise<T>) => {
    const r = await p;
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r;
  };
  const first = await ack(
    mona.timeout(5000).emitWithAck('claim:create', {
      articleId: SEED,
      target: await spanOf(phrases[0]!),
      summary: USER_TEXT.summary,
      attributedTo: USER_TEXT.source,
      note: USER_TEXT.note,
    }),
  );
  const second = await ack(omar.timeout(5000).emitWithAck('claim:create', { articleId: SEED, target: await spanOf(phrases[1]!), summary: USER_TEXT.summaryAr, attributedTo: 'Kremlin' }));
  claimIds = [first.ok ? first.claim.id : '', second.ok ? second.claim.id : ''];
  await ack(omar.timeout(5000).emitWithAck('claim:update', { id: claimIds[0]!, changes: { status: 'disputed', assigneeId: monaId } }));
  await ack(mona.timeout(5000).emitWithAck('evidence:add', { claimId: claimIds[0]!, url: DATED_URL, title: USER_TEXT.evidenceTitle, note: USER_TEXT.evidenceNote }));
  await ack(omar.timeout(5000).emitWithAck('evidence:add', { claimId: claimIds[0]!, url: `${DATED_URL}/archive` }));
  await ack(omar.timeout(5000).emitWithAck('comment:create', { claimId: claimIds[0]!, text: `@${USER_TEXT.mona} ${USER_TEXT.comment}` }));
  await ack(mona.timeout(5000).emitWithAck('claim:update', { id: claimIds[1]!, changes: { status: 'attributed' } }));
});

/**
 * Text nodes on the page that hold user text (a whole piece of it, or a
 * part of one at least 10 characters long) with no isolating element between
 * them and their block. Text that is never drawn (visually hidden, for
 * screen readers) is left out. Runs in the page.
 */
function unisolated(page: Page, needles: string[]): Promise<Array<{ text: string; path: string }>> {
  return page.evaluate((needles) => {
    // A part of a piece (a mention split from its comment) counts when long enough not to be an interface word.
    const isUserText = (t: string) => t.length >= 4 && needles.some((n) => t.includes(n) || (t.length >= 10 && n.includes(t)));
    const isBlock = (el: Element) => !/^inline|^contents/.test(getComputedStyle(el).display);
    // An inline isolate (bdi, [dir], unicode-bidi: isolate) keeps its text apart from the line around it. A block is
    // a paragraph of its own already, but takes the direction it inherits unless it has dir or unicode-bidi: plaintext
    // (a reset's "isolate" on a block changes nothing): an Arabic summary in a left-to-right card ends "2024 ،…".
    const isolatedBy = (el: Element): boolean => {
      if (el.tagName === 'BDI' || el.hasAttribute('dir') || /^(INPUT|TEXTAREA)$/.test(el.tagName)) return true;
      const bidi = getComputedStyle(el).unicodeBidi;
      return bidi === 'plaintext' || (!isBlock(el) && /isolate/.test(bidi));
    };
    const describe = (el: Element | null) => {
      const parts: string[] = [];
      for (let e = el; e && e !== document.body && parts.length < 5; e = e.parentElement) parts.unshift(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`);
      return parts.join(' > ');
    };
    const found: Array<{ text: string; path: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      if (!isUserText(text)) continue;
      // Words only screen readers get (a figure's name) are read in logical order: no line to reorder.
      // (Options of a closed <select> have no box but are drawn when chosen or opened: they count.)
      const box = node.parentElement?.getBoundingClientRect();
      if (node.parentElement?.tagName !== 'OPTION' && (!box || box.width <= 1 || box.height <= 1)) continue;
      // Text isolated by its own characters (FSI … PDI), as in <option>, which may hold no element.
      if (/^[\u2066-\u2068][^]*\u2069$/.test(text)) continue;
      let ok = false;
      let inBlock = true;
      for (let el = node.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        // Above its block, only a container that says which text it holds counts (the reader's <article dir lang>).
        if (inBlock ? isolatedBy(el) : el.hasAttribute('dir') && (el.hasAttribute('lang') || el.getAttribute('dir') === 'auto')) {
          ok = true;
          break;
        }
        if (isBlock(el)) inBlock = false;
      }
      if (!ok) found.push({ text, path: describe(node.parentElement) });
    }
    return found;
  }, needles);
}

/**
 * Text nodes showing a URL that could be scrambled: not left to right, or
 * wrapped over lines as part of the line around it (an Arabic line placed
 * "…2024-06-" and "18/…" apart) rather than inside a box of its own.
 */
function scrambledUrls(page: Page): Promise<Array<{ text: string; direction: string; lines: number; display: string }>> {
  return page.evaluate(() => {
    const found: Array<{ text: string; direction: string; lines: number; display: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (!/https?:\/\//.test(text) || !node.parentElement) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      if (lines === 0) continue;
      const style = getComputedStyle(node.parentElement);
      // Wrapped, it must wrap inside a box of its own, so its pieces stay in order under each other.
      if (style.direction !== 'ltr' || !node.parentElement.closest('[dir="ltr"]') || (lines > 1 && !/^(inline-block|block)$/.test(style.display))) {
        found.push({ text, direction: style.direction, lines, display: style.display });
      }
    }
    return found;
  });
}

const NEEDLES = [...Object.values(USER_TEXT), ...PHRASES, EN_TITLE, DATED_URL, 'Desk · مكتب التحقق', 'Kremlin'];

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `bidi-${name}.png`), fullPage: true });
  expect(await unisolated(page, NEEDLES), name).toEqual([]);
  expect(await scrambledUrls(page), `${name}: URLs`).toEqual([]);
}

describe('every piece of user text is isolated', () => {
  it('in the reader, the claims, a claim’s details (history, discussion, evidence), the activity and the reports tab', async () => {
    const context = await personContext(browser, server, USER_TEXT.mona, 'editor');
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${server.url}/#/articles/${SEED}/claims/${claimIds[0]}`);
    await page.getByText(USER_TEXT.evidenceTitle).first().waitFor();
    await page.getByText(USER_TEXT.comment, { exact: false }).first().waitFor();
    await check(page, 'claim');
    await page.getByRole('tab', { name: /Activity/ }).click();
    await page.locator('#panel-activity').getByText(USER_TEXT.mona).first().waitFor();
    await check(page, 'activity');
    await page.getByRole('tab', { name: /Reports/ }).click();
    await check(page, 'reports-tab');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('in the article picker an English title keeps its first words, and in the articles list and the dashboard', async () => {
    const context = await personContext(browser, server, USER_TEXT.mona, 'editor');
    const page = await context.newPage();
    await page.goto(`${server.url}/#/articles/${enArticle}`);
    const picker = page.locator('.article-picker select');
    await picker.waitFor();
    await expect.poll(() => picker.evaluate((s: HTMLSelectElement) => s.value)).toBe(enArticle);
    const shown = await picker.evaluate((s: HTMLSelectElement) => ({ direction: getComputedStyle(s).direction, option: s.selectedOptions[0]!.dir }));
    expect(shown).toEqual({ direction: 'ltr', option: 'ltr' });
    await check(page, 'picker');
    await page.goto(`${server.url}/#/articles`);
    await page.getByText(EN_TITLE).first().waitFor();
    await check(page, 'articles');
    await page.goto(`${server.url}/#/dashboard`);
    await page.getByTestId('reviewers').getByText(USER_TEXT.mona).first().waitFor();
    await check(page, 'dashboard');
    await context.close();
  });

  it('in the list of users an admin manages, and in the presence bar while a colleague is in the article', async () => {
    const admin = await personContext(browser, server, 'Ada Admin', 'admin');
    const page = await admin.newPage();
    await page.goto(`${server.url}/#/admin/users`);
    await page.getByText(USER_TEXT.omar).first().waitFor();
    await check(page, 'users');
    const colleague = await personContext(browser, server, USER_TEXT.omar, 'reviewer');
    const other = await colleague.newPage();
    await other.goto(`${server.url}/#/articles/${SEED}/claims/${claimIds[0]}`);
    await page.goto(`${server.url}/#/articles/${SEED}`);
    await expect.poll(() => page.getByLabel('People in this article').innerText()).toContain(USER_TEXT.omar);
    await check(page, 'presence');
    await colleague.close();
    await admin.close();
  });
});

describe('the printable report, in Arabic and in English', () => {
  it.each(['ar', 'en'] as const)('%s: every piece of user text isolated, URLs whole, and it prints to PDF', async (lang) => {
    const context = await personContext(browser, server, USER_TEXT.mona, 'editor');
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`${server.url}/api/articles/${SEED}/export?format=html&lang=${lang}&disposition=inline`);
    expect(await page.evaluate(() => [document.documentElement.lang, getComputedStyle(document.documentElement).direction])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    await page.getByText(USER_TEXT.evidenceTitle).first().waitFor();
    await check(page, `report-${lang}`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await check(page, `report-${lang}-print`);
    const pdf = await page.pdf({ path: join(ARTIFACTS, `bidi-report-${lang}.pdf`), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
