// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import { installStatusStyles } from './statusStyles.ts';

/**
 * styles.css as written. The test runner replaces CSS imports with '', so it
 * is read from disk; through a computed specifier, because the client's
 * TypeScript setup has (rightly) no Node types.
 */
async function readStylesCss(): Promise<string> {
  const fs = (await import(/* @vite-ignore */ ['node', 'fs/promises'].join(':'))) as { readFile(path: string, enc: 'utf8'): Promise<string> };
  const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, ''));
  return fs.readFile(here.replace(/theme\/statusStyles\.test\.ts$/, 'styles.css'), 'utf8');
}

describe('status colours under a strict Content-Security-Policy', () => {
  it('are set as custom properties on <html>, with no <style> element', () => {
    installStatusStyles();
    const root = document.documentElement.style;
    for (const s of CLAIM_STATUSES) {
      expect(root.getPropertyValue(`--status-${s}`)).toBe(STATUS_INFO[s].color);
      expect(root.getPropertyValue(`--hl-default-${s}`)).toBe(STATUS_INFO[s].highlight);
    }
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('leave --hl-<status> free, so overriding it and removing the override both work', () => {
    installStatusStyles();
    for (const s of CLAIM_STATUSES) expect(document.documentElement.style.getPropertyValue(`--hl-${s}`)).toBe('');
  });

  it('styles.css paints a highlight for every status, overridable through --hl-<status>', async () => {
    const css = await readStylesCss();
    for (const s of CLAIM_STATUSES) {
      expect(css).toContain(`::highlight(claim-${s}) { background-color: var(--hl-${s}, var(--hl-default-${s})); }`);
    }
    for (const v of ['--hl-selected', '--hl-selected-line', '--hl-flash']) expect(css).toContain(`${v}:`);
  });
});
