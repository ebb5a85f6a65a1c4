/**
 * Colours for people in the presence bar and for their live selections.
 * A fixed palette, so the client's stylesheet can have one ::highlight()
 * rule per colour (no styles injected at run time, which the CSP forbids).
 * Each is readable as text on white (contrast >= 4.5:1).
 */
export const PRESENCE_COLORS = ['#7c3aed', '#0f766e', '#b45309', '#be185d', '#1d4ed8', '#4d7c0f', '#9f1239', '#0369a1'] as const;
