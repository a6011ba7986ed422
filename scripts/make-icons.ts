/**
 * Draws the extension icon (a red shield with a white exclamation mark) at every size the
 * manifest names and writes assets/icons/icon-N.png. Run with `npm run icons`; the PNGs
 * are committed, so builds do not depend on this script.
 */
import { PNG } from 'pngjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const RED = [180, 35, 24];
const SUPERSAMPLE = 4;

/** Coverage of the shield at (x, y) in unit coordinates (0..1 across the icon). */
function inShield(x: number, y: number): boolean {
  const cx = 0.5;
  const halfWidth = 0.42;
  if (y < 0.06 || y > 0.96) return false;
  if (y < 0.62) return Math.abs(x - cx) <= halfWidth - (y < 0.16 ? (0.16 - y) * 0.9 : 0);
  // Lower part narrows to a point.
  const t = (y - 0.62) / (0.96 - 0.62);
  return Math.abs(x - cx) <= halfWidth * Math.sqrt(Math.max(0, 1 - t * t));
}

function inMark(x: number, y: number): boolean {
  const bar = Math.abs(x - 0.5) <= 0.075 && y >= 0.2 && y <= 0.6;
  const dot = (x - 0.5) ** 2 + (y - 0.75) ** 2 <= 0.085 ** 2;
  return bar || dot;
}

function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let shield = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (inShield(x, y)) {
            shield += 1;
            if (inMark(x, y)) mark += 1;
          }
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const whiteShare = shield === 0 ? 0 : mark / shield;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) png.data[offset + c] = Math.round(RED[c]! * (1 - whiteShare) + 255 * whiteShare);
      png.data[offset + 3] = Math.round((255 * shield) / samples);
    }
  }
  return PNG.sync.write(png);
}

const outDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(`${outDir}icon-${size}.png`, draw(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${outDir}`);
