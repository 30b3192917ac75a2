/**
 * Pixel checks on screenshots: the PNG is decoded by the browser's own
 * image decoder (an <img> drawn on a 2D canvas), never read back from
 * WebGL, and pixels that differ from the background are counted.
 */
import type { Page } from 'playwright-core';

/** Fraction of pixels that differ from white by more than a small tolerance. */
export async function inkFraction(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (255 * 3 - (data[i]! + data[i + 1]! + data[i + 2]!) > 30) ink++;
    }
    return ink / (c.width * c.height);
  }, png.toString('base64'));
}
