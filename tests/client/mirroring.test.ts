import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * In Arabic the whole interface mirrors by `<html dir="rtl">` alone, which
 * works only if no style names a physical side: `margin-inline-start`, not
 * `margin-left`; `text-align: start`, not `left`. A line that must stay
 * physical (a URL, which is always left to right; centring by `left: 50%`)
 * says why in a `/* physical: … *\/` comment on the same line.
 */
const ROOT = join(import.meta.dirname, '../../client/src');
const PHYSICAL = /(?:^|[\s;{])(?:(?:margin|padding|border|inset)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

export function physicalLines(css: string): number[] {
  return css.split('\n').flatMap((line, i) => (PHYSICAL.test(line.replace(/\/\*.*?\*\//g, '')) && !/\/\*\s*physical:/.test(line) ? [i + 1] : []));
}

describe('the interface styles', () => {
  it('name no physical side, so the Arabic interface mirrors', () => {
    const offending = cssFiles(ROOT).flatMap((file) => physicalLines(readFileSync(file, 'utf8')).map((line) => `${relative(ROOT, file)}:${line}`));
    expect(offending).toEqual([]);
  });

  it('catch what they are meant to catch', () => {
    expect(physicalLines('.a { margin-left: 1rem; }\n.b { text-align: right }\n.c{left:0}\n.d { padding-inline-start: 1rem; text-align: start; }\n.e { border-right-width: 1px }')).toEqual([1, 2, 3, 5]);
    expect(physicalLines('.u { text-align: left; } /* physical: URLs read left to right */')).toEqual([]);
  });
});
