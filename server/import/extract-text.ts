import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { detectDirection, detectLanguage, splitParagraphs } from '../../shared/domain/article.ts';
import type { ExtractedArticle } from '../../shared/protocol/payloads.ts';

/**
 * Turns an uploaded file into what an article is made of: a title, the
 * paragraphs as text, a byline if the page names its author, and a guess at
 * language and direction. HTML (and Markdown, by way of HTML) goes through
 * htmlparser2 and only its text is kept: nothing from the file is ever
 * rendered as markup, and scripts, styles and the page's chrome are dropped.
 */

/**
 * How deep elements (or Markdown quotes and lists) may nest. Real articles
 * stay under a few dozen; a file nested hundreds of thousands deep blocked
 * the parser for seconds or overflowed the stack.
 */
export const MAX_NESTING = 256;

/** A file the extractor refuses to read (nested too deep): the route answers invalid_payload. */
export class ExtractRefused extends Error {}

/** Elements that never have content, so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose text is not part of the story. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'object']);
/** Elements that end a paragraph. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'header', 'main', 'figure', 'figcaption', 'dd', 'dt', 'hr']);

export function htmlToArticleParts(html: string): { title: string; byline: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  let byline = '';
  let depth = 0;
  const flush = () => {
    const text = current.replace(/[ \t\r\n\u00A0]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Thrown from inside write(): the parse stops here, not after the whole file.
        if (!VOID.has(name) && ++depth > MAX_NESTING) throw new ExtractRefused('nested too deep');
        if (name === 'meta' && attrs.name?.toLowerCase() === 'author' && attrs.content) byline = attrs.content.trim();
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) skipping++;
        if (name === 'h1' && !h1) inH1 = true;
        if (name === 'br') current += '\n';
        if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipping > 0) return;
        if (inH1) h1 += text;
        current += text;
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth = Math.max(0, depth - 1);
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === 'h1') inH1 = false;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const heading = h1.replace(/\s+/g, ' ').trim();
  // The headline is metadata, not a paragraph of the body.
  if (heading && paragraphs[0] === heading) paragraphs.shift();
  return { title: heading || title.replace(/\s+/g, ' ').trim(), byline, paragraphs };
}

export function extractArticle(format: 'txt' | 'md' | 'html', content: string): ExtractedArticle {
  let title = '';
  let byline = '';
  let body: string[];
  if (format === 'txt') {
    body = splitParagraphs(content);
  } else {
    const html = format === 'md' ? markdownToHtml(content) : content;
    ({ title, byline, paragraphs: body } = htmlToArticleParts(html));
  }
  if (!title && format === 'txt' && body.length > 1 && body[0]!.length <= 200) title = body.shift()!;
  const sample = body.join(' ');
  return { title, byline, body, lang: detectLanguage(sample), dir: detectDirection(sample) };
}

/** Quote markers or indentation deeper than any article uses, checked before marked recurses into them. */
const DEEP_MARKDOWN = new RegExp(`^(?:[ \\t]*>){${MAX_NESTING + 1}}|^[ \\t]{${4 * MAX_NESTING},}`, 'm');

function markdownToHtml(content: string): string {
  if (DEEP_MARKDOWN.test(content)) throw new ExtractRefused('nested too deep');
  try {
    return marked.parse(content, { async: false }) as string;
  } catch (error) {
    // Any other recursion marked cannot finish is the same refusal, not a crash.
    if (error instanceof RangeError) throw new ExtractRefused('nested too deep');
    throw error;
  }
}
