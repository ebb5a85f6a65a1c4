import type { Publication } from '../../../shared/publish/publication.ts';
import type { Undo } from './workspace-memory.ts';

/**
 * The embedded store's published versions: per article, oldest first, and
 * each slug's article, so the public page finds its report in two map
 * lookups whatever the size of the workspace. A version put again (the
 * latest, marked unpublished) replaces the one of the same number.
 */
export class PublicationIndex {
  readonly byArticle = new Map<string, Publication[]>();
  readonly articleOfSlug = new Map<string, string>();

  put(p: Publication): Undo {
    const before = this.byArticle.get(p.articleId);
    const slugBefore = this.articleOfSlug.get(p.slug);
    const list = [...(before ?? [])];
    const at = list.findIndex((v) => v.version === p.version);
    if (at >= 0) list[at] = p;
    else list.push(p);
    list.sort((a, b) => a.version - b.version);
    this.byArticle.set(p.articleId, list);
    this.articleOfSlug.set(p.slug, p.articleId);
    return () => {
      if (before) this.byArticle.set(p.articleId, before);
      else this.byArticle.delete(p.articleId);
      if (slugBefore === undefined) this.articleOfSlug.delete(p.slug);
      else this.articleOfSlug.set(p.slug, slugBefore);
    };
  }

  of(articleId: string): Publication[] {
    return this.byArticle.get(articleId) ?? [];
  }

  latest(articleId: string): Publication | undefined {
    return this.byArticle.get(articleId)?.at(-1);
  }

  bySlug(slug: string): Publication | undefined {
    const articleId = this.articleOfSlug.get(slug);
    return articleId === undefined ? undefined : this.latest(articleId);
  }

  /** Every version, for snapshots and copies. */
  *all(): Iterable<Publication> {
    for (const list of this.byArticle.values()) yield* list;
  }
}
