import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, browserSuite, personContext, watchConsole } from '../helpers/browser.ts';
import { claimOn, type TestServer } from '../helpers/test-server.ts';

const PHRASE = 'اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا';

let browser: Browser;
let server: TestServer;
browserSuite((suite) => ({ browser, server } = suite));

const signOff = (page: Page) => page.getByRole('group', { name: 'Sign-off', exact: true }).innerText();

describe('sign-off between a reviewer and an editor, live', () => {
  it('a reviewer explains and marks ready; the editor sees it and approves; a new explanation puts it back to ready for both', { timeout: 90_000 }, async () => {
    const socket = await server.connect('Layla', 'reviewer');
    const claimId = await claimOn(server, socket, PHRASE);
    const layla = await (await personContext(browser, server, 'Layla', 'reviewer')).newPage();
    const omar = await (await personContext(browser, server, 'Omar', 'editor')).newPage();
    const problems = [watchConsole(layla), watchConsole(omar)];
    for (const page of [layla, omar]) page.setDefaultTimeout(20_000);
    await Promise.all([layla.goto(server.url, { timeout: 40_000 }), omar.goto(server.url, { timeout: 40_000 })]);
    for (const page of [layla, omar]) {
      await page.locator(`[data-claim-id="${claimId}"]`).click().catch(async (e: unknown) => {
        await page.screenshot({ path: join(ARTIFACTS, 'signoff-failed.png') });
        throw e;
      });
      await page.getByRole('region', { name: 'Public verdict' }).waitFor();
    }

    // The reviewer writes the public explanation and hands the claim over; she is offered no approval.
    const explanation = layla.getByLabel(/Explanation/);
    await explanation.fill('أكدت إحاطة البنتاغون ذلك، والنص الكامل مرفق.');
    await explanation.blur();
    expect(await layla.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    await layla.getByRole('button', { name: 'Mark ready' }).click();

    // The editor sees both, live, and approves.
    await expect.poll(() => omar.getByLabel(/Explanation/).inputValue()).toBe('أكدت إحاطة البنتاغون ذلك، والنص الكامل مرفق.');
    await expect.poll(() => signOff(omar)).toContain('Ready for approval');
    await omar.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => signOff(layla)).toContain('Approved');
    expect(await signOff(layla)).toContain('by Omar');

    // The reviewer changes the explanation: the approval no longer holds, for both of them.
    await explanation.fill('أكدت إحاطة البنتاغون في 13 يونيو ذلك.');
    await explanation.blur();
    await expect.poll(() => signOff(layla)).toContain('Ready for approval');
    await expect.poll(() => signOff(omar)).toContain('Ready for approval');
    await expect.poll(() => omar.getByLabel(/Explanation/).inputValue()).toBe('أكدت إحاطة البنتاغون في 13 يونيو ذلك.');
    // The sidebar counts follow.
    const filters = omar.getByRole('group', { name: 'Filter by sign-off' });
    await expect.poll(() => filters.innerText()).toMatch(/Ready\s*1\s*Approved\s*0/);
    await omar.screenshot({ path: join(ARTIFACTS, 'signoff-editor.png') });
    await layla.screenshot({ path: join(ARTIFACTS, 'signoff-reviewer.png') });
    expect(problems.flat()).toEqual([]);
  });
});
