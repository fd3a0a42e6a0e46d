/**
 * Makes the app's icons and the default link-preview image from public/favicon.svg with Debian's Chromium:
 * favicon.ico (32 px), apple-touch-icon.png (180), icon-192.png, icon-512.png, icon-maskable-512.png (the
 * drawing inside the safe zone on a full-bleed background, for launchers that cut icons to their own shape)
 * and share.png (1200×630).
 * Run `npm run icons -w frontend` after changing the drawing; the results are committed under public/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), '../public');
const svg = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
const icon = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const square = (size: number) => `<body style="margin:0"><img src="${icon}" width="${size}" height="${size}" style="display:block"></body>`;
// A maskable icon's visible part may be as small as the centred circle of 80 % of its width. The book spans
// 36 × 26 of the drawing's 64 units (a diagonal of 44, 69 % of the width): drawn full size on the app's blue,
// which also fills the rounded corners, it stays inside every launcher's mask.
const maskable = (size: number) =>
  `<body style="margin:0;background:#0b5cad"><img src="${icon}" width="${size}" height="${size}" style="display:block"></body>`;
const share = `<body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 96px;box-sizing:border-box;
  background:#f4f6f8;font-family:'DejaVu Sans',sans-serif;color:#1b1f24">
  <img src="${icon}" width="220" height="220">
  <div><div style="font-size:96px;font-weight:700;color:#0b5cad">Поруч</div>
  <div style="font-size:40px;line-height:1.3;margin-top:16px">Обмін практиками між бібліотеками України</div></div></body>`;

/** An ICO file holding one PNG image (allowed since Windows Vista; every browser reads it). */
function ico(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  const shot = async (html: string, width: number, height: number) => {
    await page.setViewportSize({ width, height });
    await page.setContent(html);
    return page.screenshot({ type: 'png', omitBackground: true });
  };
  for (const [file, size] of [
    ['apple-touch-icon.png', 180],
    ['icon-192.png', 192],
    ['icon-512.png', 512],
  ] as const) {
    writeFileSync(join(PUBLIC, file), await shot(square(size), size, size));
  }
  writeFileSync(join(PUBLIC, 'icon-maskable-512.png'), await shot(maskable(512), 512, 512));
  writeFileSync(join(PUBLIC, 'favicon.ico'), ico(await shot(square(32), 32, 32), 32));
  writeFileSync(join(PUBLIC, 'share.png'), await shot(share, 1200, 630));
} finally {
  await browser.close();
}
