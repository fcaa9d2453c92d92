// Draws the app icon from renderer/public/favicon.svg (the same 医 on the app's blue) in Chromium
// at every size the installers need, and packs the Windows .ico (PNG entries, 16–256 px):
//   resources/icon.ico          Windows exe, NSIS installer and uninstaller
//   resources/icon.png          512 px, Linux
//   resources/icons/NxN.png     Linux icon theme sizes for the deb
// Run `node scripts/make-icons.mjs` after changing the SVG; the outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('renderer/public/favicon.svg');
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const linuxSizes = [16, 32, 48, 64, 128, 256, 512];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
const png = {};
for (const size of [...new Set([...icoSizes, ...linuxSizes])]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`);
  png[size] = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();

/** ICO: a 6-byte header, a 16-byte entry per image, then the PNG data (Windows Vista and later). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

mkdirSync('resources/icons', { recursive: true });
writeFileSync('resources/icon.ico', ico(icoSizes.map((size) => ({ size, data: png[size] }))));
writeFileSync('resources/icon.png', png[512]);
for (const size of linuxSizes) writeFileSync(`resources/icons/${size}x${size}.png`, png[size]);
console.log('已生成 resources/icon.ico、icon.png 与 icons/');
