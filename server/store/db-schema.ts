import { z } from 'zod';
import { ArticleSchema, ClaimSchema } from '../../shared/domain/schemas.ts';

/**
 * The shape of db.json. Parsed at start so a damaged or foreign file is
 * refused with a clear message instead of crashing later or being
 * overwritten with something worse.
 */
export const DB_SCHEMA_VERSION = 1;

export const DbSchema = z
  .object({
    schemaVersion: z.literal(DB_SCHEMA_VERSION),
    articles: z.record(z.string(), ArticleSchema),
    claims: z.record(z.string(), ClaimSchema),
  })
  .superRefine((db, ctx) => {
    for (const [key, article] of Object.entries(db.articles)) {
      if (key !== article.id) ctx.addIssue({ code: 'custom', message: `article key "${key}" != id "${article.id}"` });
    }
    for (const [key, claim] of Object.entries(db.claims)) {
      if (key !== claim.id) ctx.addIssue({ code: 'custom', message: `claim key "${key}" != id "${claim.id}"` });
      if (!Object.hasOwn(db.articles, claim.articleId)) {
        ctx.addIssue({ code: 'custom', message: `claim "${key}" belongs to missing article "${claim.articleId}"` });
      }
    }
  });

export type DbData = z.infer<typeof DbSchema>;
