import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';

/**
 * Status colours come from STATUS_INFO only. They become CSS custom
 * properties on <html>, set through the CSSOM (`style.setProperty`), which
 * the Content-Security-Policy allows where a <style> element would not be:
 *
 *   --status-<s>      solid colour of badges and buttons
 *   --hl-default-<s>  tint of the claim highlights
 *
 * styles.css paints `::highlight(claim-<s>)` with
 * `var(--hl-<s>, var(--hl-default-<s>))`, so `--hl-<s>` (like
 * `--hl-selected`, `--hl-selected-line` and `--hl-flash`, whose defaults are
 * in styles.css) stays free as an override: a test can set it to
 * transparent on <html> and remove it again to get the real colours back.
 */
export function statusColorProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const s of CLAIM_STATUSES) {
    properties[`--status-${s}`] = STATUS_INFO[s].color;
    properties[`--hl-default-${s}`] = STATUS_INFO[s].highlight;
  }
  return properties;
}

export function installStatusStyles(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(statusColorProperties())) root.style.setProperty(name, value);
}
