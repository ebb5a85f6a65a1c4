import * as z from 'zod/mini';
import { HttpUrlInputSchema, IdSchema, IsoDateSchema, StatusSchema, intAtLeast, userText } from '../domain/schemas.ts';
import { DEFAULT_STATUS, isClaimStatus, type ClaimStatus } from '../domain/status.ts';
import { LIMITS } from '../limits.ts';
import { cpLength } from '../text/codepoints.ts';
import { EXPORT_FORMAT_ID, EXPORT_VERSION } from './json.ts';
import { claimIdFromUrl } from './urls.ts';

/**
 * Reads an export back (`json`, or `w3c` from Isnad or another annotation
 * tool) into the claims to import on one article. Pure, so the client can
 * preview an import; the server's importClaims stores them.
 *
 * Which claims of a document belong to the article: those exported from an
 * article with the same id (or, in W3C, annotations on its URL); failing
 * that, when the document covers exactly one article, all of its claims
 * (an export carried to another workspace, where ids differ).
 */
export const MAX_IMPORT_CLAIMS = 5000;

export interface ImportCandidate {
  /** What identifies it in the document: the exported claim id, or the annotation id. */
  key: string;
  /** An id to keep when it is free (the exported claim's, or the one in an Isnad annotation URL). */
  claimId?: string;
  target: {
    quote: { exact: string; prefix: string; suffix: string };
    /** Code points; a hint where to look first. */
    position?: { start: number; end: number };
  };
  status: ClaimStatus;
  summary: string;
  attributedTo: string;
  note: string;
  /** The public verdict explanation ('' when the document has none). */
  explanation: string;
  /** `addedBy` '' and no `addedAt` when the document does not say (then: the importer, now). */
  evidence: Array<{ id?: string; url: string; title: string; note: string; addedBy: string; addedAt?: string }>;
}

export type ImportParse =
  | { ok: true; format: 'json' | 'w3c'; candidates: ImportCandidate[] }
  /** `field`: where the document is wrong, for the error's `field`. */
  | { ok: false; field?: string };

const Quote = z.object({
  exact: z.string().check(z.minLength(1), z.refine((s) => cpLength(s) <= LIMITS.quote, 'quote too long')),
  prefix: z._default(z.string().check(z.maxLength(LIMITS.quote)), ''),
  suffix: z._default(z.string().check(z.maxLength(LIMITS.quote)), ''),
});
const Position = z.object({ start: intAtLeast(0), end: intAtLeast(1) }).check(z.refine((p) => p.end > p.start));

const Fields = {
  status: z._default(StatusSchema, DEFAULT_STATUS),
  summary: z._default(userText(LIMITS.summary, { trim: true }), ''),
  attributedTo: z._default(userText(LIMITS.attributedTo, { trim: true }), ''),
  note: z._default(userText(LIMITS.note), ''),
  explanation: z._default(userText(LIMITS.explanation), ''),
};

const JsonEvidence = z.object({
  id: z.optional(z.string()),
  url: HttpUrlInputSchema,
  title: z._default(userText(LIMITS.evidenceTitle, { trim: true }), ''),
  note: z._default(userText(LIMITS.evidenceNote), ''),
  addedBy: z._default(userText(LIMITS.displayName, { trim: true }), ''),
  addedAt: z.optional(IsoDateSchema),
});

const JsonClaim = z.object({
  id: IdSchema,
  articleId: IdSchema,
  target: z.object({ quote: Quote, position: z.optional(Position) }),
  ...Fields,
  evidence: z._default(z.array(JsonEvidence).check(z.maxLength(200)), []),
  deleted: z.optional(z.unknown()),
});

const JsonDocument = z.object({
  format: z.literal(EXPORT_FORMAT_ID),
  version: z.literal(EXPORT_VERSION),
  articles: z.array(z.object({ id: IdSchema })).check(z.maxLength(10_000)),
  claims: z.array(JsonClaim).check(z.maxLength(MAX_IMPORT_CLAIMS * 10)),
});

const one = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.union([schema, z.array(schema)]),
    z.transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]),
  );

const Selector = z.looseObject({ type: z.string() });
const Annotation = z.object({
  id: z.string().check(z.maxLength(2000)),
  type: z.union([z.literal('Annotation'), z.array(z.string()).check(z.refine((t) => t.includes('Annotation')))]),
  body: z.optional(
    one(z.looseObject({ type: z.optional(z.string()), purpose: z.optional(z.string()), value: z.optional(z.string()), source: z.optional(z.unknown()) })),
  ),
  target: z.looseObject({ source: z.string().check(z.maxLength(2000)), selector: one(Selector) }),
});

const W3cDocument = z.union([
  z.pipe(
    z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(z.unknown()) }) }),
    z.transform((c) => c.first.items),
  ),
  z.pipe(
    z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
    z.transform((p) => p.items),
  ),
  z.array(z.unknown()),
  z.pipe(
    z.looseObject({ type: z.unknown() }),
    z.transform((a) => [a as unknown]),
  ),
]);

export function parseImportDocument(doc: unknown, article: { id: string; url: string }): ImportParse {
  if (typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === EXPORT_FORMAT_ID) return parseJson(doc, article.id);
  return parseW3c(doc, article.url);
}

function failure(error: z.core.$ZodError, prefix: string[] = []): ImportParse {
  const path = [...prefix, ...(error.issues[0]?.path ?? []).map(String)];
  return path.length ? { ok: false, field: path.join('.') } : { ok: false };
}

function parseJson(doc: unknown, articleId: string): ImportParse {
  const parsed = JsonDocument.safeParse(doc);
  if (!parsed.success) return failure(parsed.error);
  const { articles, claims } = parsed.data;
  const live = claims.filter((c) => !c.deleted);
  const own = live.filter((c) => c.articleId === articleId);
  const chosen = own.length > 0 || articles.some((a) => a.id === articleId) ? own : articles.length === 1 ? live : null;
  if (chosen === null) return { ok: false, field: 'articles' };
  if (chosen.length > MAX_IMPORT_CLAIMS) return { ok: false, field: 'claims' };
  return {
    ok: true,
    format: 'json',
    candidates: chosen.map((c) => ({
      key: c.id,
      claimId: c.id,
      target: c.target.position ? { quote: c.target.quote, position: c.target.position } : { quote: c.target.quote },
      status: c.status,
      summary: c.summary,
      attributedTo: c.attributedTo,
      note: c.note,
      explanation: c.explanation,
      evidence: c.evidence.map((e) => ({ ...e })),
    })),
  };
}

function parseW3c(doc: unknown, articleUrl: string): ImportParse {
  const items = W3cDocument.safeParse(doc);
  if (!items.success) return { ok: false };
  if (items.data.length > MAX_IMPORT_CLAIMS * 10) return { ok: false, field: 'items' };
  const annotations: Array<z.infer<typeof Annotation>> = [];
  for (const [i, item] of items.data.entries()) {
    const a = Annotation.safeParse(item);
    if (!a.success) return failure(a.error, ['items', String(i)]);
    annotations.push(a.data);
  }
  const sources = new Set(annotations.map((a) => a.target.source));
  const chosen = sources.has(articleUrl) ? annotations.filter((a) => a.target.source === articleUrl) : sources.size <= 1 ? annotations : null;
  if (chosen === null) return { ok: false, field: 'target.source' };
  if (chosen.length > MAX_IMPORT_CLAIMS) return { ok: false, field: 'items' };
  const candidates: ImportCandidate[] = [];
  for (const [i, a] of chosen.entries()) {
    const c = fromAnnotation(a);
    if (!c.ok) return { ok: false, field: `items.${i}.${c.field}` };
    candidates.push(c.candidate);
  }
  return { ok: true, format: 'w3c', candidates };
}

function fromAnnotation(a: z.infer<typeof Annotation>): { ok: true; candidate: ImportCandidate } | { ok: false; field: string } {
  const quoteSel = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const quote = Quote.safeParse(quoteSel);
  if (!quote.success) return { ok: false, field: 'target.selector' };
  const positionSel = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  const position = positionSel ? Position.safeParse(positionSel) : undefined;
  const bodies = a.body ?? [];
  const valueOf = (purpose: string) => bodies.find((b) => b.purpose === purpose && (b.type === undefined || b.type === 'TextualBody'))?.value;
  const tag = bodies.find((b) => b.purpose === 'tagging' && isClaimStatus(b.value))?.value;
  const fields = z.object(Fields).safeParse({ status: tag, summary: valueOf('describing'), note: valueOf('commenting'), explanation: valueOf('assessing') });
  if (!fields.success) return { ok: false, field: `body.${String(fields.error.issues[0]?.path[0] ?? '')}` };
  // Evidence links come back as evidence (without the titles, which W3C bodies do not carry).
  const links = bodies.filter((b) => b.purpose === 'linking' && b.type === 'SpecificResource').map((b) => HttpUrlInputSchema.safeParse(b.source));
  const evidence = links.flatMap((l) => (l.success ? [{ url: l.data, title: '', note: '', addedBy: '' }] : []));
  const claimId = claimIdFromUrl(a.id);
  return {
    ok: true,
    candidate: {
      key: a.id,
      ...(claimId ? { claimId } : {}),
      target: position?.success ? { quote: quote.data, position: position.data } : { quote: quote.data },
      status: fields.data.status,
      summary: fields.data.summary,
      attributedTo: '',
      note: fields.data.note,
      explanation: fields.data.explanation,
      evidence: evidence.slice(0, 200),
    },
  };
}
