import { describe, expect, it } from 'vitest';
import { evidenceParts } from './EvidenceValue.tsx';

describe('evidenceParts', () => {
  it('splits a titled evidence value into its title and URL, and takes a bare URL as it is', () => {
    expect(evidenceParts('إحاطة البنتاغون: transcript 18/06 <https://www.example.org/news/2024-06-18/a>')).toEqual({
      title: 'إحاطة البنتاغون: transcript 18/06',
      url: 'https://www.example.org/news/2024-06-18/a',
    });
    expect(evidenceParts('https://archive.example.net/2024-06-18/')).toEqual({ title: '', url: 'https://archive.example.net/2024-06-18/' });
  });

  it('leaves any other value alone, even one that mentions a URL', () => {
    expect(evidenceParts('see https://example.org for more')).toBeNull();
    expect(evidenceParts('Disputed')).toBeNull();
    expect(evidenceParts('title <not a url>')).toBeNull();
  });
});
