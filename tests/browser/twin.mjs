// The HTML twin of a leaflet in a real browser (Debian's chromium,
// headless, driven by puppeteer-core). Run by tests/it/html.rs with the
// pages it rendered. Environment:
//   PAGES      JSON list of the HTML files to open
//   OUT_DIR    where the screenshots go (one per page, NAME.png)
//   CHROMIUM   the browser (default /usr/bin/chromium)
// Opens each page from its file with the network cut off (a page that
// loads anything from outside fails), runs axe-core on it (WCAG 2.1 A and
// AA), checks that it has words and one h1, and takes a screenshot.
// Prints a JSON report; exit 1 on any failure.

import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const pages = JSON.parse(process.env.PAGES);
const out = process.env.OUT_DIR;
const failures = [];
const report = {};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});

try {
  for (const file of pages) {
    const name = path.basename(file, '.html');
    const page = await browser.newPage();
    await page.setViewport({ width: 900, height: 1200 });
    // Nothing may come from outside the file (a data: URI is inside it).
    const outside = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('file:') || url.startsWith('data:')) {
        req.continue();
      } else {
        outside.push(url);
        req.abort();
      }
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    );
    const facts = await page.evaluate(() => ({
      words: document.body.innerText.trim().split(/\s+/).length,
      h1: document.querySelectorAll('h1').length,
      scripts: document.querySelectorAll('script').length,
    }));
    report[name] = {
      violations: result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
      outside,
      ...facts,
    };
    if (result.violations.length > 0) failures.push(`${name}: axe found WCAG violations`);
    if (outside.length > 0) failures.push(`${name}: loaded from outside: ${outside.join(', ')}`);
    if (facts.words < 50) failures.push(`${name}: only ${facts.words} words`);
    if (facts.h1 !== 1) failures.push(`${name}: ${facts.h1} h1 elements`);
    if (facts.scripts !== 0) failures.push(`${name}: has a script`);
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
}
report.failures = failures;
console.log(JSON.stringify(report, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
