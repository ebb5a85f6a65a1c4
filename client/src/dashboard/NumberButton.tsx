import type { Drill } from '../../../shared/dashboard/drilldown.ts';
import { useFormat } from '../i18n/useT.ts';

/**
 * A figure that opens the claims behind it. The visible text is the number
 * in the interface's digits; its accessible name says what it counts ("3
 * disputed claims", or in Arabic "label: ٣"), given whole by the caller
 * because Arabic does not put the number first.
 */
export function NumberButton({ value, label, drill, onDrill }: { value: number; label: string; drill: Drill; onDrill(d: Drill): void }) {
  const format = useFormat();
  return (
    <button type="button" className="num" data-value={value} aria-label={label} onClick={() => onDrill(drill)}>
      {format.number(value)}
    </button>
  );
}
