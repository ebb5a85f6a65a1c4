// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { bodyText } from '../../../shared/domain/article.ts';
import { OffsetIndex } from '../../../shared/text/codepoints.ts';
import { caretToOffset, offsetsToRange, rangeToOffsets } from './domOffsets.ts';
import { paragraphSpans, trimSpan } from './paragraphs.ts';
import { article } from '../test/fixtures.ts';

afterEach(cleanup);

/** The reader's paragraph markup, without the rest of the reader. */
function renderBody() {
  const { container } = render(
    <div>
      {paragraphSpans(article.body).map((p) => (
        <p key={p.start} data-start={p.start}>
          {p.text}
        </p>
      ))}
    </div>,
  );
  return container.firstElementChild as HTMLElement;
}

const text = new OffsetIndex(bodyText(article.body));
const cpOf = (needle: string) => [...text.text.slice(0, text.text.indexOf(needle))].length;

describe('DOM <-> code point offsets', () => {
  it('renders one text node per paragraph at its code point offset', () => {
    const body = renderBody();
    const ps = body.querySelectorAll('p[data-start]');
    expect([...ps].map((p) => p.childNodes.length)).toEqual([1, 1]);
    expect(Number((ps[1] as HTMLElement).dataset.start)).toBe(cpOf('وهذه'));
  });

  it('maps a selection after an emoji to code points, not UTF-16 units', () => {
    const body = renderBody();
    const node = body.querySelectorAll('p')[1]!.firstChild!;
    const u16 = node.textContent!.indexOf('حسب');
    const range = document.createRange();
    range.setStart(node, u16);
    range.setEnd(node, u16 + 3);
    const span = rangeToOffsets(body, range)!;
    expect(text.slice(span.start, span.end)).toBe('حسب');
    expect(span.start).toBe(cpOf('حسب'));
    // and back: the range drawn for the span covers the same words
    expect(offsetsToRange(body, span.start, span.end)!.toString()).toBe('حسب');
    expect(caretToOffset(body, node, u16)).toBe(span.start);
  });

  it('a selection across paragraphs covers the separator; the drawn range spans both', () => {
    const body = renderBody();
    const [p1, p2] = body.querySelectorAll('p');
    const range = document.createRange();
    range.setStart(p1!.firstChild!, p1!.textContent!.indexOf('أوكرانيا'));
    range.setEnd(p2!.firstChild!, 4);
    const span = rangeToOffsets(body, range)!;
    expect(text.slice(span.start, span.end)).toBe('أوكرانيا.\n\nوهذه');
  });

  it('trims whitespace off both ends of a selection and rejects blank ones', () => {
    const start = cpOf(' موسكو');
    expect(trimSpan(text, start, start + 7)).toEqual({ start: start + 1, end: start + 6 });
    const gap = cpOf('\n\n');
    expect(trimSpan(text, gap, gap + 2)).toBeNull();
  });
});
