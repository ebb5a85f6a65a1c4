import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STATUS_INFO } from '../../shared/domain/status.ts';
import { ARTIFACTS, browserSuite, dragSelect, locatePhrase, watchConsole } from '../helpers/browser.ts';
import { languageApplied, personContextIn } from '../helpers/interface-language.ts';
import type { TestServer } from '../helpers/test-server.ts';

/**
 * A reviewer's work in the Arabic interface, on a laptop and on a phone:
 * capture a claim on the seed article, set its status, comment, and (on the
 * phone) close the claim's sheet; every button pressed is named in Arabic.
 *
 * Buttons are found by role and structure, and statuses by their Arabic
 * label from shared/domain/status.ts, so the test follows the catalogues'
 * wording instead of copying it. Screenshots: tests/artifacts/ar-walk-*.png.
 */

const WIDTHS = [
  ['laptop', { width: 1440, height: 900 }, 'Karim', 'زودت روسيا بكميات كبيرة من الذخائر'],
  ['phone', { width: 390, height: 844 }, 'Nadia', 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية'],
] as const;

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

/** The button's accessible name is Arabic: Arabic letters and no Latin ones. */
async function expectArabicName(button: Locator, what: string): Promise<void> {
  const name = await button.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
  expect.soft(name, `${what} button's name`).toMatch(/\p{Script=Arabic}/u);
  expect.soft(name, `${what} button's name`).not.toMatch(/[A-Za-z]/);
}

describe.each(WIDTHS)('in Arabic on a %s', (label, viewport, person, phrase) => {
  it('captures a claim, sets its status and comments, with Arabic button names', async () => {
    const page = await (await personContextIn(browser, server, person, 'reviewer', 'ar', viewport)).newPage();
    const problems = watchConsole(page);
    await page.goto(server.url);
    await languageApplied(page, 'ar');
    await expect.poll(() => page.locator('article p[data-start]').count()).toBe(13);
    await page.evaluate(() => document.fonts.ready);
    const shot = (step: string) => page.screenshot({ path: join(ARTIFACTS, `ar-walk-${label}-${step}.png`) });

    const at = await locatePhrase(page, phrase);
    await dragSelect(page, at.paragraph, at.start, at.end);
    const toolbar = page.getByRole('toolbar').filter({ has: page.locator('button.primary') });
    const capture = toolbar.locator('button.primary');
    await capture.waitFor();
    await expectArabicName(capture, 'capture');
    await shot('capture');
    await capture.click();

    // On a phone the claim opens in a sheet over the article; on a laptop beside it.
    const editor = page.locator('.claim-editor');
    await editor.waitFor();
    const sheet = page.getByRole('dialog');
    expect(await sheet.count()).toBe(label === 'phone' ? 1 : 0);
    const disputed = editor.getByRole('button', { name: new RegExp(STATUS_INFO.disputed.label.ar) });
    await disputed.click();
    await expect.poll(() => disputed.getAttribute('aria-pressed')).toBe('true');
    await shot('status');

    const comment = editor.locator('xpath=..').locator('.comment-form textarea');
    await comment.scrollIntoViewIfNeeded();
    await comment.fill('المصدر الوحيد هو البنتاغون');
    const post = page.locator('.comment-form .form-row-end button');
    await expectArabicName(post, 'post comment');
    await post.click();
    await expect.poll(() => page.locator('[data-testid=comments] li').filter({ hasText: 'المصدر الوحيد هو البنتاغون' }).count()).toBe(1);
    expect(await comment.inputValue()).toBe('');
    await shot('comment');

    if (label === 'phone') {
      const close = sheet.locator('.claim-sheet-close');
      await expectArabicName(close, 'close');
      await close.click();
      await expect.poll(() => sheet.count()).toBe(0);
      await shot('closed');
    }

    // What the reviewer did is saved, whatever the interface language.
    // Shown at once, stored once the socket has delivered it: asked until then.
    const saved = async () => {
      const data = await server.dump();
      const claim = Object.values(data.claims).find((c) => c.target.quote.exact === phrase);
      return { status: claim?.status, comments: Object.values(data.comments).filter((c) => c.claimId === claim?.id).map((c) => c.text) };
    };
    await expect.poll(saved).toEqual({ status: 'disputed', comments: ['المصدر الوحيد هو البنتاغون'] });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
