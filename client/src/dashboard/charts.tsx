import { useRef } from 'react';
import type { StatusCounts } from '../../../shared/dashboard/figures.ts';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/domain/status.ts';
import { useT, type Translator } from '../i18n/useT.ts';
import { dashboardMessages } from './dashboard.messages.ts';
import { listSeparator, shareOf } from './format.ts';
import { useTextContext } from './useTextContext.ts';

/**
 * The dashboard's charts, in plain SVG: nothing to install, nothing
 * injected (colours are SVG attributes, which the Content-Security-Policy
 * allows), and every chart an image with a text alternative that says what
 * it shows, in the interface language. SVG does not mirror itself, so each
 * chart looks at the direction around it and draws from the right in a
 * right-to-left page.
 */

const sum = (counts: StatusCounts) => CLAIM_STATUSES.reduce((n, s) => n + counts[s], 0);

/** "Claims by status, 8 in all: Unreviewed 3, Attributed 2, Verified 1, Disputed 2" (or in Arabic). */
export function statusSummary(counts: StatusCounts, t: Translator<typeof dashboardMessages>, subject?: string): string {
  const parts = CLAIM_STATUSES.map((s) => `${STATUS_INFO[s].label[t.locale]} ${t.format.number(counts[s])}`).join(listSeparator(t.locale));
  const total = sum(counts);
  return subject === undefined ? t('chartSummary', { total, parts }) : t('chartSummaryOf', { subject, total, parts });
}

const W = 560;
const ROW = 34;
const BAR = 20;
const LABEL_W = 200;
const VALUE_W = 78;

/** Horizontal bars, one per status, each labelled with its count and share. */
export function StatusChart({ counts, testId = 'status-chart' }: { counts: StatusCounts; testId?: string }) {
  const t = useT(dashboardMessages);
  const ref = useRef<SVGSVGElement>(null);
  const ctx = useTextContext(ref);
  const rtl = ctx.dir === 'rtl';
  const total = sum(counts);
  const max = Math.max(1, ...CLAIM_STATUSES.map((s) => counts[s]));
  const span = W - LABEL_W - VALUE_W;
  const height = CLAIM_STATUSES.length * ROW + 6;
  // Positions measured from the start side (left in LTR, right in RTL).
  const x = (fromStart: number, width = 0) => (rtl ? W - fromStart - width : fromStart);
  return (
    <svg
      ref={ref}
      className="status-chart"
      data-testid={testId}
      role="img"
      aria-label={statusSummary(counts, t)}
      viewBox={`0 0 ${W} ${height}`}
      data-dir={ctx.dir}
    >
      <line className="chart-axis" x1={x(LABEL_W)} x2={x(LABEL_W)} y1={0} y2={height - 2} />
      {CLAIM_STATUSES.map((s, i) => {
        const y = i * ROW + 4;
        const len = counts[s] === 0 ? 0 : Math.max(2, (counts[s] / max) * span);
        const info = STATUS_INFO[s];
        return (
          <g key={s} data-status={s}>
            <text className="chart-label" x={x(LABEL_W - 10)} y={y + BAR / 2} dominantBaseline="central" textAnchor="end" direction={ctx.dir} lang={t.locale}>
              {info.label[t.locale]}
            </text>
            <rect className="chart-bar" x={x(LABEL_W, len)} y={y} width={len} height={BAR} rx={3} fill={info.color} />
            <text className="chart-value" x={x(LABEL_W + len + 8)} y={y + BAR / 2} dominantBaseline="central" textAnchor="start" direction={ctx.dir}>
              {`${t.format.number(counts[s])} · ${shareOf(t.format.percent, counts[s], total)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One bar split by status, for a row (an article, a source, a reviewer's decisions). */
export function StackedBar({ counts, label, testId }: { counts: StatusCounts; label: string; testId?: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const ctx = useTextContext(ref);
  const total = sum(counts);
  const w = 200;
  let at = 0;
  return (
    <svg ref={ref} className="stacked-bar" data-testid={testId} role="img" aria-label={label} viewBox={`0 0 ${w} 12`} preserveAspectRatio="none">
      <rect className="stacked-track" x={0} y={0} width={w} height={12} rx={2} />
      {CLAIM_STATUSES.filter((s) => counts[s] > 0).map((s) => {
        const len = (counts[s] / total) * w;
        const from = at;
        at += len;
        return <rect key={s} data-status={s} x={ctx.dir === 'rtl' ? w - from - len : from} y={0} width={len} height={12} fill={STATUS_INFO[s].color} />;
      })}
    </svg>
  );
}

/** "5 of 8 reviewed" as a bar; the numbers themselves are next to it, as text. */
export function ProgressBar({ reviewed, total }: { reviewed: number; total: number }) {
  const ref = useRef<SVGSVGElement>(null);
  const ctx = useTextContext(ref);
  const w = 200;
  const len = total ? (reviewed / total) * w : 0;
  return (
    <svg ref={ref} className="progress-bar" aria-hidden="true" viewBox={`0 0 ${w} 10`} preserveAspectRatio="none">
      <rect className="stacked-track" x={0} y={0} width={w} height={10} rx={5} />
      <rect className="progress-fill" x={ctx.dir === 'rtl' ? w - len : 0} y={0} width={len} height={10} rx={len >= 10 ? 5 : 0} />
    </svg>
  );
}
