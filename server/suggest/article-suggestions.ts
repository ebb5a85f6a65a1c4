import { LRUCache } from 'lru-cache';
import type { Article } from '../../shared/domain/schemas.ts';
import { suggestClaims } from '../../shared/suggest/suggest.ts';
import type { Suggestion } from '../../shared/suggest/types.ts';
import { visibleSuggestions } from '../../shared/suggest/visible.ts';
import type { WorkspaceReader } from '../store/store.ts';

/**
 * Suggested claims of one article as a reader should see them: the engine's
 * proposals for the article's current text, less those already captured
 * (a live claim on exactly the same words) and those someone dismissed.
 *
 * The engine costs about 8 µs a word (a long article, a few hundred ms), so
 * its answer is kept per (article, revision): a revision is a new key, and
 * the article's text never changes without one. Claims and dismissals change
 * far more often than the text and are filtered per request, at the cost of
 * one read of the article's own claims.
 */
export class ArticleSuggestions {
  private readonly computed: LRUCache<string, readonly Suggestion[]>;

  constructor(
    private readonly store: WorkspaceReader,
    /** Articles whose suggestions are kept; the least recently asked go first. */
    maxArticles = 64,
  ) {
    this.computed = new LRUCache({ max: maxArticles });
  }

  /** The suggestions in reading order, or undefined for an unknown article. */
  async of(articleId: string): Promise<Suggestion[] | undefined> {
    const article = await this.store.article(articleId);
    if (!article) return undefined;
    const claims = await this.store.claimsOfArticle(articleId);
    return visibleSuggestions(this.forRevision(article), claims, article);
  }

  private forRevision(article: Article): readonly Suggestion[] {
    const key = `${article.id}\u0000${article.revision}`;
    let found = this.computed.get(key);
    if (!found) {
      found = suggestClaims(article.body, article.lang);
      this.computed.set(key, found);
    }
    return found;
  }
}
