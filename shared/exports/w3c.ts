import type { Article } from '../domain/schemas.ts';
import { publicRating, ratingLanguage } from '../domain/ratings.ts';
import { articleReports, type ClaimFacts, type ExportOptions, type ExportSource } from './source.ts';
import { embeddableJson, languageTag, localeOf, type Locale } from './text.ts';
import { articleUrl, claimUrl, exportUrl } from './urls.ts';

/**
 * Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * in one AnnotationCollection with a single embedded page. Each claim is an
 * Annotation with motivation "assessing":
 * - its status is a TextualBody with purpose "tagging" (value: the status
 *   id: unreviewed, attributed, verified, disputed);
 * - its summary a TextualBody with purpose "describing", its note one with
 *   purpose "commenting", its public rating label (in the article's
 *   language) one with purpose "classifying" and its public explanation one
 *   with purpose "assessing", each with the language and direction of its script;
 * - each evidence link a SpecificResource with purpose "linking";
 * - the target the article, with a TextQuoteSelector (exact, prefix,
 *   suffix) and a TextPositionSelector (start, end in Unicode code points
 *   over the body text, paragraphs joined by "\n\n"). An orphaned claim's
 *   words are not in the current text, so it carries the quote only.
 * Every annotation passes the MUST assertions of the W3C Web Annotation test
 * suite (tests/exports/w3c-conformance.test.ts).
 */

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'describing' | 'commenting' | 'classifying' | 'assessing';
  value: string;
  format: 'text/plain';
  language?: string;
  textDirection?: 'ltr' | 'rtl';
}

export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
}

export interface TextSelectorTarget {
  type: 'SpecificResource';
  source: string;
  selector: Array<
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string } | { type: 'TextPositionSelector'; start: number; end: number }
  >;
}

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  body: Array<TextualBody | LinkBody>;
  target: TextSelectorTarget;
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function webAnnotations(source: ExportSource, options: ExportOptions): AnnotationCollection {
  const { reportBaseUrl, organizationName } = source.settings;
  const reports = articleReports(source, options.articleId);
  const items = reports.flatMap((r) => r.all.map((f) => annotation(f, r.article, source, options.exportedAt)));
  const id = exportUrl(reportBaseUrl, 'w3c', options.articleId);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: options.articleId === undefined ? `Claims checked by ${organizationName}` : `Claims in “${reports[0]?.article.title ?? ''}”`,
    total: items.length,
    first: { id: `${id}&page=0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function webAnnotationsText(source: ExportSource, options: ExportOptions): string {
  return embeddableJson(webAnnotations(source, options));
}

function annotation(f: ClaimFacts, article: Article, source: ExportSource, exportedAt: string): WebAnnotation {
  const { claim } = f;
  const { reportBaseUrl } = source.settings;
  const loc: Locale = { lang: languageTag(article.lang), dir: article.dir };
  const textual = (purpose: TextualBody['purpose'], value: string): TextualBody => {
    const l = localeOf(value, loc);
    return { type: 'TextualBody', purpose, value, format: 'text/plain', language: l.lang, textDirection: l.dir };
  };
  const body: WebAnnotation['body'] = [{ type: 'TextualBody', purpose: 'tagging', value: claim.status, format: 'text/plain' }];
  if (claim.summary) body.push(textual('describing', claim.summary));
  if (claim.note) body.push(textual('commenting', claim.note));
  // The public verdict: its rating label, in the article's language, and the explanation.
  const rating = publicRating(claim, source.settings.ratings, ratingLanguage(article.lang));
  if (rating) body.push(textual('classifying', rating.alternateName));
  if (claim.explanation) body.push(textual('assessing', claim.explanation));
  for (const e of claim.evidence) body.push({ type: 'SpecificResource', purpose: 'linking', source: e.url });
  const { exact, prefix, suffix } = claim.target.quote;
  const { start, end } = claim.target.position;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: claimUrl(reportBaseUrl, article.id, claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: 'Person', name: claim.createdBy },
    generator: { id: reportBaseUrl, type: 'Software', name: 'Isnad' },
    generated: exportedAt,
    body,
    target: {
      type: 'SpecificResource',
      source: articleUrl(reportBaseUrl, article.id),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        ...(claim.orphaned ? [] : [{ type: 'TextPositionSelector' as const, start, end }]),
      ],
    },
  };
}
