import type { DashboardFilters } from '../../../shared/dashboard/figures.ts';
import { DASHBOARD_DEFAULTS } from '../../../shared/dashboard/figures.ts';
import { isClaimStatus, type ClaimStatus } from '../../../shared/domain/status.ts';
import { isSignOffStage, type SignOffStage } from '../../../shared/dashboard/sign-off.ts';

/**
 * The dashboard's filters as the form holds them: '' is "all"; dates are
 * calendar days (YYYY-MM-DD, from <input type="date">) in the reader's own
 * time zone, so "To 4 July" means up to the end of 4 July where they are.
 */
export interface FilterForm {
  articleId: string;
  status: '' | ClaimStatus;
  /** A normalized source key (see normalizeSource). */
  source: string;
  /** An account id, or a display name from before accounts. */
  reviewer: string;
  from: string;
  to: string;
  /** As typed; anything that is not a whole number of days counts as the default. */
  staleDays: string;
  /** A sign-off stage, or '' for all. */
  signOff: '' | SignOffStage;
}

export const NO_FILTERS: FilterForm = {
  articleId: '',
  status: '',
  source: '',
  reviewer: '',
  from: '',
  to: '',
  staleDays: String(DASHBOARD_DEFAULTS.staleDays),
  signOff: '',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first (or, with `end`, the last) millisecond of a local calendar day, as an ISO instant. */
export function dayBoundary(day: string, end: boolean): string | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const date = end ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 23, 59, 59, 999) : new Date(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function staleDaysOf(text: string): number {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 3650 ? n : DASHBOARD_DEFAULTS.staleDays;
}

/** The form as shared/dashboard/figures.ts takes it. */
export function toDashboardFilters(form: FilterForm): DashboardFilters {
  const from = dayBoundary(form.from, false);
  const to = dayBoundary(form.to, true);
  return {
    ...(form.articleId ? { articleId: form.articleId } : {}),
    ...(isClaimStatus(form.status) ? { status: form.status } : {}),
    ...(form.source ? { source: form.source } : {}),
    ...(form.reviewer ? { reviewer: form.reviewer } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    staleDays: staleDaysOf(form.staleDays),
    ...(isSignOffStage(form.signOff) ? { signOff: form.signOff } : {}),
  };
}

export function isFiltered(form: FilterForm): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof FilterForm>).some((k) => k !== 'staleDays' && form[k] !== NO_FILTERS[k]);
}
