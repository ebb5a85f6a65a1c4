import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * Counts pixels that differ between two same-sized PNG screenshots by more
 * than `tolerance` (0-255) in any channel, and writes a diff image (changed
 * pixels red) when `diffPath` is given.
 *
 * Chromium paints highlighted text in a second pass over the background; the
 * re-composited antialiasing can land one step (1/255) off in a pixel or two
 * even though no glyph moved. A shaping or layout change moves whole glyph
 * edges by tens or hundreds of steps, so a tolerance of 2 separates the two.
 */
export function differingPixels(a: Buffer, b: Buffer, options: { tolerance?: number; diffPath?: string } = {}): number {
  const tolerance = options.tolerance ?? 0;
  const imgA = PNG.sync.read(a);
  const imgB = PNG.sync.read(b);
  if (imgA.width !== imgB.width || imgA.height !== imgB.height) {
    throw new Error(`sizes differ: ${imgA.width}x${imgA.height} vs ${imgB.width}x${imgB.height}`);
  }
  const diff = new PNG({ width: imgA.width, height: imgA.height });
  let count = 0;
  for (let i = 0; i < imgA.data.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(imgA.data[i + c]! - imgB.data[i + c]!));
    const changed = delta > tolerance;
    if (changed) count++;
    diff.data[i] = changed ? 255 : imgA.data[i]! >> 2;
    diff.data[i + 1] = changed ? 0 : imgA.data[i + 1]! >> 2;
    diff.data[i + 2] = changed ? 0 : imgA.data[i + 2]! >> 2;
    diff.data[i + 3] = 255;
  }
  if (options.diffPath) writeFileSync(options.diffPath, PNG.sync.write(diff));
  return count;
}
