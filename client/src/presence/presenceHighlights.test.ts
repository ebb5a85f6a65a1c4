// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLORS } from '../../../shared/domain/presence.ts';
import { installPresenceColors, presenceHighlightName } from './presenceHighlights.ts';

async function readStylesCss(): Promise<string> {
  const fs = (await import(/* @vite-ignore */ ['node', 'fs/promises'].join(':'))) as { readFile(path: string, enc: 'utf8'): Promise<string> };
  const here = decodeURIComponent(import.meta.url.replace(/^file:\/\//, ''));
  return fs.readFile(here.replace(/presence\/presenceHighlights\.test\.ts$/, 'styles.css'), 'utf8');
}

describe('presence colours under a strict Content-Security-Policy', () => {
  it('are custom properties on <html>, one per palette colour, with no <style> element', () => {
    installPresenceColors();
    PRESENCE_COLORS.forEach((c, i) => expect(document.documentElement.style.getPropertyValue(`--presence-${i}`)).toBe(c));
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('styles.css paints a selection highlight and a dot colour for every palette entry', async () => {
    const css = await readStylesCss();
    PRESENCE_COLORS.forEach((_, i) => {
      expect(css).toContain(`::highlight(${presenceHighlightName(i)}) {`);
      expect(css).toContain(`.presence-color-${i} { background-color: var(--presence-${i}); }`);
    });
  });
});
