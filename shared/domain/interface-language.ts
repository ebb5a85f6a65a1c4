import * as z from 'zod/mini';

/**
 * The languages of the interface (not of articles, which may be in any
 * language). A person's choice is stored with their account; the
 * workspace chooses how Arabic writes digits.
 */
export const INTERFACE_LOCALES = ['en', 'ar'] as const;
export const InterfaceLocaleSchema = z.enum(INTERFACE_LOCALES);
export type InterfaceLocale = z.infer<typeof InterfaceLocaleSchema>;

/** Latin (0-9) or Arabic-Indic (٠-٩) digits in the Arabic interface and Arabic reports. */
export const DIGIT_STYLES = ['latn', 'arab'] as const;
export const DigitStyleSchema = z.enum(DIGIT_STYLES);
export type DigitStyle = z.infer<typeof DigitStyleSchema>;

/** What a person changes about their own account (`PATCH /api/auth/me`). */
// Strict: a field this route does not set (a role, a name) is refused, not silently dropped.
export const PreferencesPatchSchema = z.strictObject({ locale: InterfaceLocaleSchema });
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;
