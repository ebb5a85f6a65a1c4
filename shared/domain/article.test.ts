import { describe, expect, it } from 'vitest';
import { bodyText, detectDirection } from './article.ts';

describe('bodyText', () => {
  it('joins paragraphs with one blank line, the text positions count over', () => {
    expect(bodyText(['الأولى.', 'الثانية.'])).toBe('الأولى.\n\nالثانية.');
  });
});

describe('detectDirection', () => {
  it('is rtl for Arabic and Hebrew text, ltr for Latin text', () => {
    expect(detectDirection('وتزعم الدول الغربية أن كوريا الشمالية')).toBe('rtl');
    expect(detectDirection('שלום עולם')).toBe('rtl');
    expect(detectDirection('Western states claim munitions supply')).toBe('ltr');
  });

  it('counts letters only: Arabic digits, punctuation and marks do not make Latin text rtl', () => {
    expect(detectDirection('١٢٣، ٤٥٦؛ ok')).toBe('ltr');
    expect(detectDirection('\uFEFF\uFEFF\uFEFFok')).toBe('ltr');
    expect(detectDirection('\u064B\u064B\u064B hello')).toBe('ltr');
  });

  it('goes by the majority of letters: an Arabic article quoting English stays rtl', () => {
    expect(detectDirection('قال الكرملين إن "very important documents" ستوقع خلال الزيارة الرسمية')).toBe('rtl');
  });
});
