/**
 * The status vocabulary of a claim. The verdict is separate from who makes
 * the claim (`attributedTo`): "the Pentagon accused Moscow of X" can be
 * correctly attributed and still unproven.
 */
export const CLAIM_STATUSES = ['unreviewed', 'attributed', 'verified', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const DEFAULT_STATUS: ClaimStatus = 'unreviewed';

export interface StatusInfo {
  id: ClaimStatus;
  label: { en: string; ar: string };
  meaning: string;
  /** Solid colour for badges and buttons; white text on it has >= 4.5:1 contrast. */
  color: string;
  /** Translucent tint for highlights over text; the text keeps its own colour. */
  highlight: string;
  /** Keyboard shortcut in the reader (1-4). */
  key: string;
}

export const STATUS_INFO: Record<ClaimStatus, StatusInfo> = {
  unreviewed: {
    id: 'unreviewed',
    label: { en: 'Unreviewed', ar: 'غير مُراجَع' },
    meaning: 'Captured, no decision yet.',
    color: '#52606d',
    highlight: 'rgba(82, 96, 109, 0.22)',
    key: '1',
  },
  attributed: {
    id: 'attributed',
    label: { en: 'Attributed', ar: 'منسوب' },
    meaning:
      'The article attributes the claim to a named source, and that source did say it; its content is not independently confirmed.',
    color: '#1d5fa8',
    highlight: 'rgba(29, 95, 168, 0.22)',
    key: '2',
  },
  verified: {
    id: 'verified',
    label: { en: 'Verified', ar: 'مُتحقَّق منه' },
    meaning: 'Confirmed by independent evidence.',
    color: '#1e6b34',
    highlight: 'rgba(30, 138, 62, 0.24)',
    key: '3',
  },
  disputed: {
    id: 'disputed',
    label: { en: 'Disputed', ar: 'مُتنازَع عليه' },
    meaning: 'Contradicted by evidence, or contested by credible sources.',
    color: '#b42318',
    highlight: 'rgba(214, 48, 32, 0.24)',
    key: '4',
  },
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}
