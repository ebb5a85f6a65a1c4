/**
 * `npm run screenshot`: makes docs/screenshot.png, the README's picture of
 * the real app: a server on a temp copy of the seed, a few claims a reviewer
 * would mark, captured by two colleagues, and Chromium looking at it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_DIR, launchChromium, personContext } from '../helpers/browser.ts';
import { startTestServer, tempDir } from '../helpers/test-server.ts';
import { captureOnSeed } from './seed-claims.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));
const DASHBOARD = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url));

const CLAIMS = [
  { phrase: 'الأولى منذ 24 عاما', status: 'disputed', summary: 'First visit in 24 years', attributedTo: 'the article', note: 'Contradicts "about 25 years" later in the text.' },
  { phrase: 'سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة', status: 'attributed', summary: 'Kremlin: "very important documents" to be signed', attributedTo: 'the Kremlin' },
  { phrase: 'أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم', status: 'attributed', summary: 'Western states claim munitions supply', attributedTo: 'Western states' },
  { phrase: 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا', status: 'unreviewed', summary: 'Pentagon: Moscow used North Korean ballistic missiles', attributedTo: 'the Pentagon' },
  { phrase: 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا', status: 'verified', summary: 'Nine months after Kim\'s visit to Russia', attributedTo: 'the article' },
] as const;

const t = tempDir();
const server = await startTestServer(join(t.dir, 'db.json'), { clientDir: CLIENT_DIR });
try {
  const omar = await server.connect('Omar');
  const ids = await captureOnSeed(server, omar, CLAIMS);
  // The Kremlin claim, as a reviewer would leave it: a source and a word for a colleague.
  await omar.emitWithAck('evidence:add', { claimId: ids[1]!, url: 'http://en.kremlin.ru/events/president/news', title: 'Kremlin press release, 18 June 2024' });
  await server.login('Layla', 'editor');
  await omar.emitWithAck('comment:create', { claimId: ids[1]!, text: '@Layla the signing was confirmed the next day; can you add the text of the treaty?' });
  const browser = await launchChromium();
  const colleague = await (await personContext(browser, server, 'Omar')).newPage();
  await colleague.goto(server.url);
  const page = await (await personContext(browser, server, 'Layla', 'editor')).newPage();
  await page.setViewportSize({ width: 1360, height: 1180 });
  await page.goto(server.url);
  await page.locator('[data-claim-id]').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.locator('[data-claim-id]').nth(1).click();
  await page.waitForTimeout(1500); // let the jump's flash fade
  await page.evaluate(() => window.scrollTo(0, 0)); // show the article's header too
  await page.screenshot({ path: OUT });
  await page.goto(`${server.url}/#/dashboard`);
  await page.getByTestId('status-chart').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: DASHBOARD, fullPage: true });
  await browser.close();
  console.log(`wrote ${OUT} and ${DASHBOARD}`);
} finally {
  await server.stop();
  t.cleanup();
}
