import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../shared/domain/roles.ts';
import { SESSION_COOKIE } from '../../server/http/session-cookie.ts';
import type { TestServer } from './test-server.ts';

/**
 * Opening the app in a chosen interface language, the two ways a person
 * gets one (client/src/i18n/locale.ts, accountLanguage.ts): before sign-in
 * the browser's remembered choice in localStorage; once signed in, the
 * language saved with the account, which wins over the browser's. A test
 * that sets only one of them would see the other one's language win.
 */
export type InterfaceLanguage = 'en' | 'ar';

/** The localStorage key the app reads before sign-in (storageKey('lang') in client/src/state/localStore.ts). */
export const LANGUAGE_STORAGE_KEY = 'isnad:v1:lang';

/** Every page this context opens starts with `lang` remembered in the browser, as after using the language switch. */
export async function rememberLanguage(context: BrowserContext, lang: InterfaceLanguage): Promise<BrowserContext> {
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE_STORAGE_KEY, lang]);
  return context;
}

/** Saves `lang` with `name`'s account (PATCH /api/auth/me), as the account menu's language switch does. */
export async function saveAccountLanguage(server: TestServer, name: string, role: Role, lang: InterfaceLanguage): Promise<void> {
  const res = await server.fetch('/api/auth/me', {
    method: 'PATCH',
    as: name,
    role,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: lang }),
  });
  if (!res.ok) throw new Error(`saving the interface language failed: ${res.status} ${await res.text()}`);
}

/**
 * A context signed in as `name`, whose account and browser both say `lang`,
 * at the given window size (the desktop default of personContext otherwise).
 */
export async function personContextIn(
  browser: Browser,
  server: TestServer,
  name: string,
  role: Role,
  lang: InterfaceLanguage,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  await saveAccountLanguage(server, name, role, lang);
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const { token } = await server.login(name, role);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
  return rememberLanguage(context, lang);
}

/** Resolves once the page has applied `lang` to the document (lang and dir on <html>). */
export async function languageApplied(page: Page, lang: InterfaceLanguage): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === l && document.documentElement.dir === (l === 'ar' ? 'rtl' : 'ltr'), lang);
}
