import * as z from 'zod/mini';
import { HttpUrlSchema, userText } from './schemas.ts';
import { LIMITS } from '../limits.ts';

/**
 * Workspace settings an admin manages. Reports name the organisation that
 * checked the claims (schema.org ClaimReview `author`) and link back to the
 * workspace under the base URL.
 */
export const WorkspaceSettingsSchema = z.object({
  organizationName: z.pipe(userText(LIMITS.articleMeta, { trim: true }), z.string().check(z.minLength(1))),
  /** Where the workspace is published; reports build claim and article URLs from it. */
  reportBaseUrl: HttpUrlSchema,
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  organizationName: 'Isnad fact-check desk',
  reportBaseUrl: 'http://localhost:3000',
};

export const SettingsPatchSchema = z.partial(WorkspaceSettingsSchema).check(z.refine((p) => Object.keys(p).length > 0, { message: 'no changes given' }));
