/**
 * Which edge of a phone's window the capture toolbar docks to. The bottom
 * edge is out of the way of the browser's own selection handles and menu,
 * which sit at the words; only when the selection ends in the bottom strip
 * (and starts below the top one) does the toolbar go to the top, under the bar.
 */

/** Height kept for the docked toolbar (two rows of buttons wrap on a narrow phone) and its margin. */
export const DOCK_STRIP = 120;
/** The top bars a top-docked toolbar sits under (--topbar-h plus the reader bar). */
export const TOP_BARS = 110;

export function dockedEdge(selection: { top: number; bottom: number }, scrollY: number, viewportHeight: number): 'top' | 'bottom' {
  const top = selection.top - scrollY;
  const bottom = selection.bottom - scrollY;
  const coversBottom = bottom > viewportHeight - DOCK_STRIP;
  const coversTop = top < TOP_BARS + DOCK_STRIP;
  return coversBottom && !coversTop ? 'top' : 'bottom';
}
