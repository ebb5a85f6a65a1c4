import type { Drill } from '../../../shared/dashboard/drilldown.ts';

/**
 * A figure that opens the claims behind it. The visible text is the number;
 * its name says what it counts ("3 disputed claims").
 */
export function NumberButton({ value, what, drill, onDrill }: { value: number; what: string; drill: Drill; onDrill(d: Drill): void }) {
  return (
    <button type="button" className="num" data-value={value} onClick={() => onDrill(drill)}>
      {value}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
