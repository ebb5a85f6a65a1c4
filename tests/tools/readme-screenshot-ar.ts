/**
 * `npm run screenshot:ar`: makes docs/arabic-laptop.png and
 * docs/arabic-phone.png, the README's pictures of the interface in Arabic:
 * a server on a temp copy of the seed, claims worded in Arabic as an Arabic
 * newsroom would word them, and a reviewer whose account says Arabic,
 * looked at in Chromium at 1440x900 and at 390x844 with one claim open.
 * Re-run it whenever the interface's words change (it rebuilds the client).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLIENT_DIR, launchChromium } from '../helpers/browser.ts';
import { languageApplied, personContextIn } from '../helpers/interface-language.ts';
import { startTestServer, tempDir } from '../helpers/test-server.ts';
import { captureOnSeed } from './seed-claims.ts';

const LAPTOP = fileURLToPath(new URL('../../docs/arabic-laptop.png', import.meta.url));
const PHONE = fileURLToPath(new URL('../../docs/arabic-phone.png', import.meta.url));

const CLAIMS = [
  { phrase: 'الأولى منذ 24 عاما', status: 'disputed', summary: 'أول زيارة منذ 24 عامًا', attributedTo: 'المقال', note: 'يناقض «حوالي 25 عامًا» لاحقًا في النص.' },
  { phrase: 'سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة', status: 'attributed', summary: 'الكرملين: توقيع «وثائق مهمة للغاية»', attributedTo: 'الكرملين' },
  { phrase: 'أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم', status: 'attributed', summary: 'الدول الغربية: كوريا الشمالية زودت روسيا بالذخائر', attributedTo: 'الدول الغربية' },
  { phrase: 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا', status: 'unreviewed', summary: 'البنتاجون: موسكو استخدمت صواريخ كورية شمالية', attributedTo: 'البنتاجون' },
  { phrase: 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا', status: 'verified', summary: 'بعد تسعة أشهر من زيارة كيم لروسيا', attributedTo: 'المقال' },
] as const;
/** The claim shown open: the Kremlin's, with a source and a word for a colleague. */
const OPEN = 1;

const t = tempDir();
const server = await startTestServer(join(t.dir, 'db.json'), { clientDir: CLIENT_DIR });
try {
  const omar = await server.connect('Omar');
  const ids = await captureOnSeed(server, omar, CLAIMS);
  await omar.emitWithAck('evidence:add', { claimId: ids[OPEN]!, url: 'http://en.kremlin.ru/events/president/news', title: 'بيان الكرملين، 18 يونيو 2024' });
  await server.login('Layla', 'editor');
  await omar.emitWithAck('comment:create', { claimId: ids[OPEN]!, text: '@Layla تأكّد التوقيع في اليوم التالي؛ هل يمكنك إضافة نص المعاهدة؟' });

  const browser = await launchChromium();
  for (const [out, viewport] of [
    [LAPTOP, { width: 1440, height: 900 }],
    [PHONE, { width: 390, height: 844 }],
  ] as const) {
    const page = await (await personContextIn(browser, server, 'Layla', 'editor', 'ar', viewport)).newPage();
    await page.goto(server.url);
    await languageApplied(page, 'ar');
    await page.locator('article p[data-start]').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    // Open the claim from its highlight, as a reader would (on a phone the list is folded away).
    await page.evaluate((claimId) => {
      const card = document.querySelector<HTMLElement>(`.sidebar [data-claim-id="${claimId}"]`);
      card?.click();
    }, ids[OPEN]!);
    await page.locator('.claim-editor').waitFor();
    await page.waitForTimeout(1500); // let the jump's flash fade: a picture, not a test
    if (viewport.width > 480) await page.evaluate(() => window.scrollTo(0, 0)); // the article's header too
    await page.screenshot({ path: out });
    await page.context().close();
  }
  await browser.close();
  console.log(`wrote ${LAPTOP} and ${PHONE}`);
} finally {
  await server.stop();
  t.cleanup();
}
