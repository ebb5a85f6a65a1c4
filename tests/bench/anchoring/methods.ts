import { describeSpan, type ClaimTarget } from '../../../shared/anchoring/selectors.ts';
import { reanchorExactOnly } from '../../../shared/anchoring/baselines.ts';
import { bodyText, splitParagraphs } from '../../../shared/domain/article.ts';
import type { Article } from '../../../shared/domain/schemas.ts';
import { applyOperation } from '../../../shared/ops/apply.ts';
import { applyRevision } from '../../../shared/ops/article-ops.ts';
import type { OpContext, WorkspaceState } from '../../../shared/ops/types.ts';
import { ArticleReviseSchema } from '../../../shared/protocol/payloads.ts';
import { OffsetIndex } from '../../../shared/text/codepoints.ts';
import { anchor, describe, type HypothesisSelectors } from './hypothesis.ts';
import type { Span } from './verdict.ts';

/**
 * The three ways of keeping claims on their words, each carrying its own
 * anchors from revision to revision as a product would: a claim placed is
 * described afresh where it was placed, an orphan keeps what it had and is
 * searched for again in the next revision.
 */
export interface AnchoringMethod {
  readonly name: string;
  /** The article's next revision (its whole body). */
  revise(text: string): void;
  /** Where claim i is drawn now (code points), or null when orphaned. */
  placement(i: number): Span | null;
}

const ctx: OpContext = { actor: 'Anchoring bench', actorId: null, now: '2024-07-04T10:00:00.000Z' };
const ARTICLE_ID = 'bench-article';

/** Isnad as it runs: claims made by the claim:create operation, revisions by applyRevision on a WorkspaceState. */
export class IsnadMethod implements AnchoringMethod {
  readonly name = 'Isnad';
  private state: WorkspaceState;
  private readonly ids: string[];

  constructor(text: string, claims: readonly Span[], lang: string) {
    const article: Article = {
      id: ARTICLE_ID, title: 'Anchoring bench', byline: '', dateline: '', lang, dir: lang === 'ar' ? 'rtl' : 'ltr',
      body: splitParagraphs(text), revision: 1, createdAt: ctx.now, updatedAt: ctx.now,
    };
    if (bodyText(article.body) !== text) throw new Error('the article text does not survive splitParagraphs: the truth would be off');
    this.state = { articles: { [ARTICLE_ID]: article }, claims: {}, comments: {} };
    this.ids = claims.map((c, i) => {
      const id = `claim-${i}`;
      const r = applyOperation(this.state, { type: 'claim:create', id, input: { articleId: ARTICLE_ID, target: c } }, ctx);
      if (!r.ok) throw new Error(`claim:create ${c.start}-${c.end}: ${r.error.code}`);
      this.state = r.state;
      return id;
    });
  }

  /** The selectors the product stored at creation, for the baselines to start from. */
  targets(): ClaimTarget[] {
    return this.ids.map((id) => this.state.claims[id]!.target);
  }

  revise(text: string): void {
    const article = this.state.articles[ARTICLE_ID]!;
    const input = ArticleReviseSchema.parse({ articleId: ARTICLE_ID, baseRevision: article.revision, body: text });
    const r = applyRevision(this.state, input, ctx);
    if (!r.ok) throw new Error(`applyRevision: ${r.error.code}`);
    if (bodyText(r.article.body) !== text) throw new Error('the revised body differs from the text sent: the truth would be off');
    this.state = r.state;
  }

  placement(i: number): Span | null {
    const claim = this.state.claims[this.ids[i]!]!;
    return claim.orphaned ? null : { start: claim.target.position.start, end: claim.target.position.end };
  }
}

/** shared/anchoring/baselines.ts reanchorExactOnly: the stored position, else an exact occurrence, else orphaned. */
export class ExactOnlyMethod implements AnchoringMethod {
  readonly name = 'Exact match only';
  private readonly orphaned: boolean[];

  constructor(private readonly targets: ClaimTarget[]) {
    this.orphaned = targets.map(() => false);
  }

  revise(text: string): void {
    const index = new OffsetIndex(text);
    this.targets.forEach((target, i) => {
      const r = reanchorExactOnly(target, text, index);
      this.orphaned[i] = !r.position;
      if (r.position) this.targets[i] = describeSpan(index, r.position.start, r.position.end);
    });
  }

  placement(i: number): Span | null {
    return this.orphaned[i] ? null : { start: this.targets[i]!.position.start, end: this.targets[i]!.position.end };
  }
}

/** Hypothesis's published algorithm (hypothesis.ts), on UTF-16 offsets as it works; placements reported in code points. */
export class HypothesisMethod implements AnchoringMethod {
  readonly name = 'Hypothesis';
  private readonly selectors: HypothesisSelectors[];
  private readonly placed: Array<Span | null>;

  constructor(text: string, claims: readonly Span[]) {
    const index = new OffsetIndex(text);
    this.selectors = claims.map((c) => describe(text, index.toUtf16(c.start), index.toUtf16(c.end)));
    this.placed = [...claims];
  }

  revise(text: string): void {
    const index = new OffsetIndex(text);
    this.selectors.forEach((s, i) => {
      const found = anchor(text, s);
      this.placed[i] = found && { start: index.toCodePoint(found.start), end: index.toCodePoint(found.end) };
      if (found) this.selectors[i] = describe(text, found.start, found.end);
    });
  }

  placement(i: number): Span | null {
    return this.placed[i]!;
  }
}
