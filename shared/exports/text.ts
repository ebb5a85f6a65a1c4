import { detectDirection, detectLanguage } from '../domain/article.ts';

/**
 * Escaping and direction for user text in reports. Every string a person
 * typed (summaries, sources, notes, names, titles, quotes of the article)
 * goes through one of these before it is placed in Markdown or HTML.
 */

/**
 * Bidi embeddings and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI,
 * PDI). Stored text may hold them (only LRO and RLO are refused on input),
 * and an unbalanced one would leak out of the isolate a report puts around
 * the text, reordering the labels beside it. Marks (LRM, RLM, ALM) stay:
 * they only nudge neutral characters.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text and attribute values (always double-quoted by the builders). */
export function escapeHtml(text: string): string {
  return stripBidiControls(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Markdown-escapes one line of user text, for CommonMark and GitHub
 * renderers: `&`, `<` and `>` become entities (so no HTML tag or entity
 * survives, in any renderer), the inline markers (emphasis, code, links,
 * tables, strikethrough, math, attribute braces) get a backslash, and so do
 * the block markers a line may start with (headings, lists, quotes,
 * setext underlines, ordered-list numbers). Leading white space is dropped
 * so no line turns into a code block.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = stripBidiControls(line)
    .replace(/^[ \t]+/, '')
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!)
    .replace(/[\\`*_[\]|~$!{}()]/g, '\\$&');
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text of one line (newlines folded to spaces), escaped for Markdown. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** Unicode directional isolates: the text keeps its own direction, the line around it keeps its own. */
const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Markdown has no markup for direction that every renderer honours, and raw
 * HTML such as <bdi dir="rtl"> is dropped by many (and means nothing in a
 * plain-text viewer). Isolates are characters: they travel with the text
 * into any renderer, terminal or editor, and the Unicode bidi algorithm
 * gives them the same effect as <bdi dir>. An Arabic quote after an English
 * label then reads right to left with its punctuation in place, and the
 * label keeps its own order. (Text must already be escaped.)
 */
export function isolate(text: string, dir: 'rtl' | 'ltr' = detectDirection(text)): string {
  if (text === '') return '';
  return `${dir === 'rtl' ? RLI : LRI}${text}${PDI}`;
}

export interface Locale {
  lang: string;
  dir: 'rtl' | 'ltr';
}

const HAS_LETTER = /\p{L}/u;

/**
 * The language and direction of a piece of user text, guessed from its
 * script (shared/domain/article.ts); text without letters (a number, a
 * name in symbols) takes `fallback`. Where the guess agrees with the
 * fallback's language, the fallback's fuller tag ("en-GB") is kept.
 */
export function localeOf(text: string, fallback: Locale): Locale {
  if (!HAS_LETTER.test(text)) return fallback;
  const lang = detectLanguage(text);
  const primary = fallback.lang.toLowerCase().split('-')[0];
  return { lang: lang === primary ? fallback.lang : lang, dir: detectDirection(text) };
}

/**
 * JSON (pretty-printed, with a final newline) that is also safe inside an
 * HTML <script type="application/ld+json"> block, where ClaimReview and
 * annotations are usually pasted: <, > and & are written as \u escapes, so a
 * summary holding "</script>" cannot end the block. Line and paragraph
 * separators are escaped too (old JavaScript parsers choke on them).
 * JSON parsers read the escapes back as the same characters.
 */
export function embeddableJson(value: unknown): string {
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!)}\n`;
}

/** "2024-07-05 10:00 UTC": the same in every locale and time zone. */
export function displayTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Percent-encodes what may not stand in a URL inside markup (spaces,
 * quotes, angle brackets, backslashes, non-ASCII), so a URL cannot end a
 * Markdown link destination or an HTML attribute early. URLs here are
 * already validated as http(s).
 */
export function safeUrl(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]/gu, (c) => {
    if (c === "'" || c === '(' || c === ')') return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: the replacement character
    }
  });
}

/** Lower-cases the primary language subtag ("AR" → "ar"), as the W3C test suite expects. */
export function languageTag(lang: string): string {
  const [primary, ...rest] = lang.split('-');
  return [primary!.toLowerCase(), ...rest].join('-');
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const MONTHS: Array<[RegExp, number]> = [
  [/^(jan(uary)?|يناير|كانون الثاني)$/, 1],
  [/^(feb(ruary)?|فبراير|شباط)$/, 2],
  [/^(mar(ch)?|مارس|آذار|اذار)$/, 3],
  [/^(apr(il)?|أبريل|ابريل|إبريل|نيسان)$/, 4],
  [/^(may|مايو|أيار|ايار)$/, 5],
  [/^(jun(e)?|يونيو|يونيه|حزيران)$/, 6],
  [/^(jul(y)?|يوليو|يوليه|تموز)$/, 7],
  [/^(aug(ust)?|أغسطس|اغسطس|آب)$/, 8],
  [/^(sep(t|tember)?|سبتمبر|أيلول|ايلول)$/, 9],
  [/^(oct(ober)?|أكتوبر|اكتوبر|تشرين الأول|تشرين الاول)$/, 10],
  [/^(nov(ember)?|نوفمبر|تشرين الثاني)$/, 11],
  [/^(dec(ember)?|ديسمبر|كانون الأول|كانون الاول)$/, 12],
];

/**
 * The publication date in an article's dateline ("الخميس، 04 يوليو 2024",
 * "4 July 2024", "July 4, 2024", "2024-07-04"), as YYYY-MM-DD, or undefined
 * when the dateline names none. Arabic-Indic digits count as digits.
 */
export function datelineDate(dateline: string): string | undefined {
  const text = dateline
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .toLowerCase();
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const month = (name: string) => MONTHS.find(([re]) => re.test(name.trim()))?.[1];
  const dayFirst = /(\d{1,2})\s+([\p{L} ]+?)\s*،?\s*(\d{4})/u.exec(text);
  if (dayFirst) {
    const m = month(dayFirst[2]!);
    if (m) return valid(+dayFirst[3]!, m, +dayFirst[1]!);
  }
  const monthFirst = /([\p{L}]+)\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  if (monthFirst) {
    const m = month(monthFirst[1]!);
    if (m) return valid(+monthFirst[3]!, m, +monthFirst[2]!);
  }
  return undefined;
}

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
