import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../shared/domain/schemas.ts';
import { detectDirection } from '../../shared/domain/article.ts';
import type { WorkspaceState } from '../../shared/ops/apply.ts';

/**
 * The article the product opens with: an Arabic news story scraped with its
 * page furniture. Only the headline, dateline and byline are kept as
 * metadata, and the paragraphs between the furniture as the body, character
 * for character.
 */
export const SEED_ARTICLE_ID = 'seed-putin-pyongyang';
export const SEED_FILE = fileURLToPath(new URL('./000_4034633c38a59b81.txt', import.meta.url));
/** When the seed was published into db.json; fixed so `db:reset` is reproducible. */
const SEED_TIME = '2024-07-04T04:32:00.000Z';

/** Lines of the scraped page that are not the story. */
const TIME_STAMP = /^\d{1,2}:\d{2}\s*[صم]$/u;
const FONT_SIZE_CONTROL = 'A A';
const TRAILING_SEARCH = 'search';

export function parseSeedArticle(raw: string): Omit<Article, 'id' | 'createdAt' | 'updatedAt' | 'revision'> {
  const lines = raw.split(/\r?\n/).map((l) => l.trim());
  const fontControl = lines.indexOf(FONT_SIZE_CONTROL);
  if (fontControl < 0) throw new Error('seed article: font-size control "A A" not found');
  // Header: dateline, time stamp, headline, the image caption (twice), byline.
  const header = lines.slice(0, fontControl).filter((l) => l !== '' && !TIME_STAMP.test(l));
  const [dateline, title] = header;
  const byline = header[header.length - 1];
  if (!dateline || !title || !byline) throw new Error('seed article: header incomplete');
  // After "A A" comes one unrelated link line, then the story.
  const body = lines
    .slice(fontControl + 2)
    .filter((l) => l !== '')
    .filter((l, i, all) => !(i === all.length - 1 && l === TRAILING_SEARCH));
  return { title, byline, dateline, lang: 'ar', dir: detectDirection(body.join(' ')), body };
}

export function seedWorkspace(): WorkspaceState {
  const parsed = parseSeedArticle(readFileSync(SEED_FILE, 'utf8'));
  const article: Article = { id: SEED_ARTICLE_ID, ...parsed, revision: 1, createdAt: SEED_TIME, updatedAt: SEED_TIME };
  return { articles: { [article.id]: article }, claims: {}, comments: {} };
}
