// CI: a real headless Chromium reads the guide and the book of each example.
//
//   node .ci/chromium_check.mjs --modules DIR/node_modules --commstrat BIN \
//        --mdbook BIN [--books DIR] [--out DIR] [--chromium BIN] \
//        [--strict-layout] strategies/*.toml
//
// For each strategy (name = file stem):
//   - the book: DIR/<name>/book/*.html for every chapter in src/SUMMARY.md,
//     and index.html (built with `commstrat render guide --book` and mdBook
//     when --books has none for it);
//   - the guide: `commstrat render guide` to Markdown, to HTML with the
//     pinned marked (GFM), in a plain HTML page.
// Every page is opened from file:// at two widths, a laptop's 1280 px and a
// phone's 390 px, and must have: no console error, no page error, no failed
// request; a long visible text holding every heading of the page's
// Markdown; at least as many <table> as the Markdown has tables; right to
// left direction for a right-to-left example (left to right otherwise); and
// every image loaded. A page that scrolls sideways or a table wider than its
// container is a layout problem: counted and listed, and a failure with
// --strict-layout (issue 19 makes every page fit a phone; until then CI
// reports the count). A full-page screenshot of each goes to
// OUT/<name>/<book|guide>-<page>-<width>.png.
// Modules come from --modules (npm ci of .ci/package-lock.json, kept under
// target/), not from a node_modules next to this file.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const started = Date.now();

function parseArgs(argv) {
  const opts = {
    modules: 'target/tools/chromium-check/node_modules',
    commstrat: 'target/release/commstrat',
    mdbook: 'target/tools/bin/mdbook',
    books: null,
    out: 'target/screenshots',
    chromium: '/usr/bin/chromium',
    strategies: [],
    strictLayout: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--(modules|commstrat|mdbook|books|out|chromium)$/.exec(arg);
    if (m) {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      opts[m[1]] = argv[++i];
    } else if (arg === '--strict-layout') {
      opts.strictLayout = true;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      opts.strategies.push(arg);
    }
  }
  if (opts.strategies.length === 0) throw new Error('no strategy given');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const require = createRequire(path.join(path.resolve(opts.modules), 'noop.js'));
const { chromium } = require('playwright-core');
const { marked } = await import(pathToFileURL(require.resolve('marked')).href);

// ---------------------------------------------------------------- Markdown

// The headings of a Markdown page (ATX headings outside fenced code), as the
// text a reader sees: no backticks, no backslash escapes, no closing hashes.
function headings(markdown) {
  const out = [];
  let fence = null;
  for (const line of markdown.split(/\r?\n/)) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^ {0,3}#{1,6}(?:[ \t]+(.*))?$/.exec(line);
    if (!h) continue;
    let text = (h[1] ?? '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
    text = text.replace(/`/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    text = normalize(text);
    if (text) out.push(text);
  }
  return out;
}

// A Markdown table: a header row followed by a |---|---| delimiter row.
function countTables(markdown) {
  const lines = markdown.split(/\r?\n/);
  const delimiter = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
  let n = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].includes('|') && delimiter.test(lines[i]) && lines[i - 1].includes('|')) n++;
  }
  return n;
}

// Compare text without the invisible bidi isolates (U+2066..U+2069), with
// whitespace collapsed, and with mdBook's smart punctuation undone on both
// sides (it shows ' as ’, -- as –, ... as …).
function normalize(text) {
  return text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2014/g, '---')
    .replace(/\u2013/g, '--')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

// ---------------------------------------------------------------- pages

function run(bin, args) {
  return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function bookPages(strategy, name, booksRoot) {
  const dir = path.join(booksRoot, name);
  if (!fs.existsSync(path.join(dir, 'book', 'index.html'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    run(opts.commstrat, ['render', 'guide', strategy, '--book', '-o', dir]);
    run(opts.mdbook, ['build', dir]);
  }
  const bookToml = fs.readFileSync(path.join(dir, 'book.toml'), 'utf8');
  const rtl = /^\s*text-direction\s*=\s*"rtl"\s*$/m.test(bookToml);
  const summary = fs.readFileSync(path.join(dir, 'src', 'SUMMARY.md'), 'utf8');
  const chapters = [...summary.matchAll(/\]\(([^)\s]+)\.md\)/g)].map((m) => m[1]);
  if (chapters.length === 0) throw new Error(`${name}: no chapter in ${dir}/src/SUMMARY.md`);
  const pages = [];
  // index.html is the first chapter again, as the book's landing page.
  for (const [page, chapter] of [['index', chapters[0]], ...chapters.map((c) => [c, c])]) {
    if (['print', '404', 'toc'].includes(page)) continue;
    const html = path.join(dir, 'book', `${page}.html`);
    if (!fs.existsSync(html)) throw new Error(`${name}: book page ${page}.html is missing (${html})`);
    pages.push({
      kind: 'book',
      page,
      file: html,
      markdown: fs.readFileSync(path.join(dir, 'src', `${chapter}.md`), 'utf8'),
      rtl,
    });
  }
  return pages;
}

function guidePage(strategy, name, tmp) {
  const markdown = run(opts.commstrat, ['render', 'guide', strategy]);
  const rtl = markdown.startsWith('<div dir="rtl"');
  const title = headings(markdown)[0] ?? name;
  const body = marked.parse(markdown, { gfm: true, async: false });
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `</head><body>\n${body}</body></html>\n`;
  const file = path.join(tmp, `${name}.html`);
  fs.writeFileSync(file, html);
  return { kind: 'guide', page: 'full', file, markdown, rtl };
}

// ---------------------------------------------------------------- checks

// The widths every page is read at: a laptop, and a phone (iPhone 12 to 15).
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

async function check(context, name, p, outDir, viewport) {
  const label = `${name}: ${p.kind} ${p.page} at ${viewport.width}px`;
  const failures = [];
  const warnings = [];
  // Pages too wide for the viewport: failures with --strict-layout.
  const layout = [];
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (msg) => {
    if (msg.type() === 'error') failures.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => failures.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    failures.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
  );
  try {
    await page.goto(pathToFileURL(p.file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const seen = await page.evaluate(() => {
      // mdBook's chapter text is in <main>; the guide is the whole body.
      const main = document.querySelector('main') ?? document.body;
      const rtlDiv = document.querySelector('div[dir="rtl"]');
      const container = document.querySelector('main') ? main : (rtlDiv ?? document.body);
      const root = document.scrollingElement ?? document.documentElement;
      return {
        text: main.innerText,
        tables: main.querySelectorAll('table').length,
        htmlDir: document.documentElement.dir,
        direction: getComputedStyle(container).direction,
        headingDirections: [...container.querySelectorAll('h1, h2, h3, h4, h5, h6, table')].map(
          (el) => getComputedStyle(el).direction,
        ),
        overflow: root.scrollWidth - root.clientWidth,
        // Tables wider than the box they sit in (mdBook's scrolling
        // wrapper included): a reader would have to scroll them sideways.
        wideTables: [...main.querySelectorAll('table')]
          .map((t) => ({
            width: Math.ceil(t.getBoundingClientRect().width),
            room: t.parentElement.clientWidth,
            head: t.querySelector('tr')?.innerText.replace(/\s+/g, ' ').slice(0, 60) ?? '',
          }))
          .filter((t) => t.width > t.room + 1),
        brokenImages: [...document.images]
          .filter((img) => !img.complete || img.naturalWidth === 0)
          .map((img) => img.getAttribute('src')),
      };
    });
    const text = normalize(seen.text);
    if (text.length <= 200) failures.push(`visible text is only ${text.length} characters`);
    for (const h of headings(p.markdown)) {
      if (!text.includes(h)) failures.push(`heading not in the visible text: "${h}"`);
    }
    const tables = countTables(p.markdown);
    if (seen.tables < tables) failures.push(`${tables} Markdown tables but ${seen.tables} <table> in the page`);
    const want = p.rtl ? 'rtl' : 'ltr';
    if (p.kind === 'book' && seen.htmlDir !== want) failures.push(`<html dir="${seen.htmlDir}">, expected "${want}"`);
    if (seen.direction !== want) failures.push(`text container's direction is ${seen.direction}, expected ${want}`);
    const wrong = seen.headingDirections.filter((d) => d !== want).length;
    if (wrong) failures.push(`${wrong} headings or tables are not ${want}`);
    if (seen.overflow > 1) layout.push(`the page scrolls sideways by ${seen.overflow}px`);
    for (const t of seen.wideTables) {
      layout.push(`a table is ${t.width}px wide in ${t.room}px: "${t.head}"`);
    }
    for (const src of seen.brokenImages) failures.push(`image did not load: ${src}`);
    // Not failures, but worth a look in the screenshot.
    const escapes = text.match(/\\[!-/:-@[-`{-~]/g);
    if (escapes) warnings.push(`backslash escapes in the visible text: ${[...new Set(escapes)].join(' ')}`);
    if (text.includes('\uFFFD')) warnings.push('replacement character U+FFFD in the visible text');
    const shot = path.join(outDir, `${p.kind}-${p.page}-${viewport.width}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    if (opts.strictLayout) failures.push(...layout);
    else warnings.push(...layout.map((l) => `layout: ${l}`));
    return { label, failures, warnings, layout: layout.length, shot };
  } catch (err) {
    failures.push(`could not read the page: ${err.message}`);
    return { label, failures, warnings, layout: 0, shot: null };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- main

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'commstrat-chromium-'));
const booksRoot = opts.books ?? path.join(tmp, 'books');
fs.mkdirSync(booksRoot, { recursive: true });
let context;
let failed = 0;
try {
  // A fresh profile, and no background traffic: this network is closed.
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: opts.chromium,
    headless: true,
    viewport: WIDTHS[0],
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  console.log(`Chromium ${context.browser()?.version() ?? ''} (${opts.chromium}), playwright-core ${require('playwright-core/package.json').version}, marked ${require('marked/package.json').version}`);
  for (const strategy of opts.strategies) {
    const name = path.basename(strategy, '.toml');
    const outDir = path.join(opts.out, name);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    let pages;
    try {
      pages = [...bookPages(strategy, name, booksRoot), guidePage(strategy, name, tmp)];
    } catch (err) {
      console.log(`FAIL ${name}: ${err.message}`);
      failed++;
      continue;
    }
    let shots = 0;
    let bad = 0;
    let layout = 0;
    for (const p of pages) {
      let pageFailed = false;
      for (const viewport of WIDTHS) {
        const r = await check(context, name, p, outDir, viewport);
        if (r.shot) shots++;
        layout += r.layout;
        for (const w of r.warnings) console.log(`note ${r.label}: ${w}`);
        if (r.failures.length) {
          pageFailed = true;
          for (const f of r.failures) console.log(`FAIL ${r.label} (${p.file}): ${f}`);
        }
      }
      if (pageFailed) bad++;
    }
    failed += bad;
    const books = pages.filter((p) => p.kind === 'book').length;
    console.log(
      `${bad ? 'FAIL' : 'ok'}: ${name}: ${pages.length} pages checked (${books} book, 1 guide` +
        `${pages[0].rtl ? ', right to left' : ''}) at ${WIDTHS.map((w) => `${w.width}px`).join(' and ')}, ` +
        `${bad} failing, ${layout} layout problems, ${shots} screenshots in ${outDir}`,
    );
  }
} finally {
  if (context) await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`Chromium check took ${((Date.now() - started) / 1000).toFixed(1)}s`);
if (failed) {
  console.error(`${failed} page(s) or example(s) failed the Chromium check`);
  process.exit(1);
}
