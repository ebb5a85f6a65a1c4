import * as z from 'zod/mini';
import { HttpUrlSchema, userText } from './schemas.ts';
import { LIMITS } from '../limits.ts';
import { DEFAULT_RATING_SCALE, RatingScaleSchema } from './ratings.ts';
import { DigitStyleSchema } from './interface-language.ts';

/**
 * Workspace settings an admin manages. Reports name the organisation that
 * checked the claims (schema.org ClaimReview `author`) and link back to the
 * workspace under the base URL.
 */
export const WorkspaceSettingsSchema = z.object({
  organizationName: z.pipe(userText(LIMITS.articleMeta, { trim: true }), z.string().check(z.minLength(1))),
  /** Where the workspace is published; reports build claim and article URLs from it. */
  reportBaseUrl: HttpUrlSchema,
  /** The public rating labels and which status publishes as which; settings from before it read the default. */
  ratings: z._default(RatingScaleSchema, () => DEFAULT_RATING_SCALE),
  /** How the Arabic interface and Arabic reports write digits; settings from before it read Latin. */
  digits: z._default(DigitStyleSchema, 'latn'),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  organizationName: 'Isnad fact-check desk',
  reportBaseUrl: 'http://localhost:3000',
  ratings: DEFAULT_RATING_SCALE,
  digits: 'latn',
};

// The scale without its default: inside a partial a default would fill in a patch that did not touch it.
export const SettingsPatchSchema = z.partial(z.extend(WorkspaceSettingsSchema, { ratings: RatingScaleSchema, digits: DigitStyleSchema })).check(z.refine((p) => Object.keys(p).length > 0, { message: 'no changes given' }));

/** Settings as stored before a field existed (PostgreSQL's jsonb is read without parsing): the defaults for what is missing. */
export function withSettingsDefaults(stored: Partial<WorkspaceSettings> & Omit<WorkspaceSettings, 'ratings' | 'digits'>): WorkspaceSettings {
  return { ...stored, ratings: stored.ratings ?? DEFAULT_RATING_SCALE, digits: stored.digits ?? 'latn' };
}
