import { describe, it, expect } from 'vitest';
import { CLAIM_STATUSES, DEFAULT_STATUS, STATUS_INFO, isClaimStatus } from './status.ts';

/** WCAG 2.x relative luminance of a "#rrggbb" colour. */
function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('claim statuses', () => {
  it('are the four statuses in workflow order, defaulting to unreviewed', () => {
    expect(CLAIM_STATUSES).toEqual(['unreviewed', 'attributed', 'verified', 'disputed']);
    expect(Object.keys(STATUS_INFO).sort()).toEqual([...CLAIM_STATUSES].sort());
    expect(DEFAULT_STATUS).toBe('unreviewed');
  });

  it('each carry their own id, an English label and an Arabic label', () => {
    for (const status of CLAIM_STATUSES) {
      const info = STATUS_INFO[status];
      expect(info.id).toBe(status);
      expect(info.label.en.toLowerCase()).toBe(status);
      expect(info.label.ar).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(info.label.ar.trim()).not.toBe('');
      expect(info.meaning.length).toBeGreaterThan(0);
    }
    const arabic = CLAIM_STATUSES.map((s) => STATUS_INFO[s].label.ar);
    expect(new Set(arabic).size).toBe(4);
  });

  it('have distinct keyboard shortcuts 1 to 4, in status order', () => {
    expect(CLAIM_STATUSES.map((s) => STATUS_INFO[s].key)).toEqual(['1', '2', '3', '4']);
  });

  describe('colours', () => {
    it('the contrast helper matches known WCAG values', () => {
      expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
      expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
      // #767676 is the lightest grey that passes AA on white; #777777 fails.
      expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    });

    for (const status of CLAIM_STATUSES) {
      it(`white text on ${status} has a contrast ratio of at least 4.5:1`, () => {
        const ratio = contrast(STATUS_INFO[status].color, '#ffffff');
        expect(ratio, `${status} ${STATUS_INFO[status].color} gives ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      });
    }

    it('are distinct, so no two statuses look the same', () => {
      const colours = CLAIM_STATUSES.map((s) => STATUS_INFO[s].color.toLowerCase());
      expect(new Set(colours).size).toBe(4);
      const highlights = CLAIM_STATUSES.map((s) => STATUS_INFO[s].highlight);
      expect(new Set(highlights).size).toBe(4);
    });
  });
});

describe('isClaimStatus', () => {
  it('accepts the four statuses', () => {
    for (const status of CLAIM_STATUSES) expect(isClaimStatus(status)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of [
      'Verified',
      ' verified',
      'verified ',
      'false',
      '',
      'toString',
      'constructor',
      '__proto__',
      'length',
      null,
      undefined,
      1,
      0,
      true,
      ['verified'],
      { status: 'verified' },
      new String('verified'),
    ]) {
      expect(isClaimStatus(value), JSON.stringify(value)).toBe(false);
    }
  });
});
