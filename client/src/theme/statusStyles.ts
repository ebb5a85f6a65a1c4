import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';

/**
 * Status colours come from STATUS_INFO only. They become CSS custom
 * properties on :root (--status-<s> for badges, --hl-<s> for highlights), in
 * a <style> placed first in <head> so any later stylesheet, such as a test
 * making highlights transparent for a pixel comparison, can override them.
 * ::highlight() rules may only set colours and text decoration.
 */
export function statusStylesheet(): string {
  const vars = CLAIM_STATUSES.map(
    (s) => `  --status-${s}: ${STATUS_INFO[s].color};\n  --hl-${s}: ${STATUS_INFO[s].highlight};`,
  ).join('\n');
  const rules = CLAIM_STATUSES.map(
    (s) => `::highlight(claim-${s}) { background-color: var(--hl-${s}); }`,
  ).join('\n');
  return `:root {
${vars}
  --hl-selected: rgba(180, 120, 0, 0.18);
  --hl-selected-line: #8a5a00;
  --hl-flash: rgba(255, 196, 0, 0.55);
}
${rules}
::highlight(claim-selected) {
  background-color: var(--hl-selected);
  text-decoration: underline 2px var(--hl-selected-line);
  text-underline-offset: 0.35em;
}
::highlight(claim-flash) { background-color: var(--hl-flash); }
`;
}

export function installStatusStyles(doc: Document = document): void {
  if (doc.getElementById('isnad-status-styles')) return;
  const style = doc.createElement('style');
  style.id = 'isnad-status-styles';
  style.textContent = statusStylesheet();
  doc.head.prepend(style);
}
