// handout serve's form in a real browser (Debian's chromium, headless,
// driven by puppeteer-core). Run by tests/it/serve.rs, which starts the
// server and checks the PDFs this script downloads. Environment:
//   FORM_URL       the form's address (http://127.0.0.1:PORT/)
//   OUT_DIR        where the downloads (OUT_DIR/mouse, OUT_DIR/keyboard)
//                  and the screenshots go
//   WORRIES        JSON list of the two worries to tick, as the page shows
//                  them in en-US
//   LANGUAGE_NAME  the patient's language, as the page shows it (Español)
//   CHROMIUM       the browser (default /usr/bin/chromium)
// It ticks the worries by their visible labels, picks the language by its
// visible name and presses "Download", once with the mouse and once with
// the keyboard only; opens "Print leaflet" in its new tab; sends a name no
// font can draw and checks the error next to the field; runs axe-core on
// each page (WCAG 2.1 A and AA); takes screenshots. Exit 1 on any failure.

import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const url = process.env.FORM_URL;
const out = process.env.OUT_DIR;
const worries = JSON.parse(process.env.WORRIES);
const languageName = process.env.LANGUAGE_NAME;
const failures = [];
const report = {};

function check(ok, what) {
  if (!ok) failures.push(what);
  return ok;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});

/** A tab whose browser asks for `lang` and saves downloads in `dir`. */
async function tab(lang, dir) {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1200 });
  await page.setExtraHTTPHeaders({ 'Accept-Language': lang });
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  }
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** axe-core's WCAG 2.1 A/AA violations on the page. */
async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  report[`axe ${name}`] = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  check(result.violations.length === 0, `axe found WCAG violations on ${name}`);
}

/** Waits for a finished PDF in `dir`. */
async function download(dir) {
  for (let i = 0; i < 200; i++) {
    const done = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    if (done.length > 0) return done;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

/** The text of the focused element and its label. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return {
      tag: e.tagName,
      type: e.type || '',
      id: e.id,
      label: e.labels && e.labels[0] ? e.labels[0].innerText.trim() : '',
      text: (e.innerText || '').trim(),
      checked: !!e.checked,
      option: e.tagName === 'SELECT' ? e.options[e.selectedIndex].textContent : '',
    };
  });
}

/** The values of the ticked worries. */
function ticked(page) {
  return page.$$eval('input[name=concern]:checked', (boxes) => boxes.map((b) => b.value));
}

try {
  // The page in English and in Spanish, as a clinician's browser asks.
  const en = await tab('en-US,en;q=0.9');
  await en.screenshot({ path: path.join(out, 'form-en-US.png'), fullPage: true });
  await axe(en, 'the en-US page');
  const es = await tab('es-MX,es;q=0.9');
  check((await es.$eval('html', (h) => h.lang)) === 'es', 'the page is in Spanish for es-MX');
  await es.screenshot({ path: path.join(out, 'form-es.png'), fullPage: true });
  await axe(es, 'the es page');
  const ar = await tab('ar');
  check((await ar.$eval('html', (h) => h.dir)) === 'rtl', 'the Arabic page reads right to left');
  await ar.screenshot({ path: path.join(out, 'form-ar.png'), fullPage: true });
  await axe(ar, 'the ar page');

  // With the mouse: click the worries' labels, pick the language by its
  // name, press Download.
  const mouseDir = path.join(out, 'mouse');
  const m = await tab('en-US,en;q=0.9', mouseDir);
  for (const worry of worries) {
    const labels = await m.$$('label');
    let found = false;
    for (const label of labels) {
      if ((await label.evaluate((l) => l.innerText.trim())) === worry) {
        await label.click();
        found = true;
      }
    }
    check(found, `a label reads ${worry}`);
  }
  check((await ticked(m)).length === 2, 'two worries ticked with the mouse');
  const value = await m.$eval(
    '#locale',
    (s, name) => [...s.options].find((o) => o.textContent === name)?.value,
    languageName,
  );
  check(value === 'es', `the option ${languageName} has the value es`);
  await m.select('#locale', value);
  const [downloadButton] = await m.$$('xpath/.//button[normalize-space()="Download"]');
  await downloadButton.click();
  report.mouse = await download(mouseDir);
  check(report.mouse.length === 1, 'the mouse download arrived');

  // With the keyboard only: Tab to each control, Space ticks, arrows
  // choose, Enter presses.
  const keyDir = path.join(out, 'keyboard');
  const k = await tab('en-US,en;q=0.9', keyDir);
  let pressed = false;
  for (let i = 0; i < 80 && !pressed; i++) {
    await k.keyboard.press('Tab');
    const f = await focused(k);
    if (f.type === 'checkbox' && worries.includes(f.label) && !f.checked) {
      await k.keyboard.press('Space');
    } else if (f.tag === 'SELECT' && f.id === 'locale') {
      for (const key of ['ArrowDown', 'ArrowUp']) {
        for (let j = 0; j < 12 && (await focused(k)).option !== languageName; j++) {
          await k.keyboard.press(key);
        }
      }
      check((await focused(k)).option === languageName, `${languageName} chosen with the arrows`);
    } else if (f.tag === 'BUTTON' && f.text === 'Download') {
      check((await ticked(k)).length === 2, 'two worries ticked with the keyboard');
      await k.keyboard.press('Enter');
      pressed = true;
    }
  }
  check(pressed, 'Tab reaches the Download button');
  report.keyboard = await download(keyDir);
  check(report.keyboard.length === 1, 'the keyboard download arrived');

  // "Print leaflet" opens the PDF in a new tab, for the browser's viewer.
  const p = await tab('en-US,en;q=0.9');
  const [printButton] = await p.$$('xpath/.//button[normalize-space()="Print leaflet"]');
  const opened = browser.waitForTarget((t) => t.url().endsWith('/leaflet'), { timeout: 15000 });
  await printButton.click();
  const target = await opened;
  report.print = `a new ${target.type()} at ${target.url()}`;
  check(target.url() === `${url}leaflet`, 'Print leaflet opens /leaflet in a new tab');

  // A name no font can draw: the form comes back, the error at the name.
  const bad = await tab('en-US,en;q=0.9');
  await bad.type('#patient_name', 'Ana 😀');
  const [again] = await bad.$$('xpath/.//button[normalize-space()="Download"]');
  await Promise.all([bad.waitForNavigation({ waitUntil: 'load' }), again.click()]);
  const error = await bad.$eval('#name-error', (e) => e.innerText).catch(() => '');
  report.problem = error;
  check(error.includes('This name cannot be printed'), 'the name error is shown in words');
  check(
    (await bad.$eval('#patient_name', (i) => i.getAttribute('aria-describedby'))) ===
      'name-hint name-error',
    'the name field points at its error',
  );
  await bad.screenshot({ path: path.join(out, 'form-problem.png'), fullPage: true });
  await axe(bad, 'the page with a problem');
} catch (e) {
  failures.push(`the script stopped: ${e && e.stack ? e.stack : e}`);
} finally {
  await browser.close();
}

console.log(JSON.stringify({ ...report, failures }, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
