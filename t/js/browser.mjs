#!/usr/bin/env node
// Opens a page in headless Debian Chromium and reports, from the live DOM,
// what a reader sees of the review card and of the page around it:
//
//   browser.mjs URL SCREENSHOT_PREFIX
//
// prints one JSON object: for the light desktop, dark desktop and phone
// widths, whether the card is there and visible, its box, the viewport
// width, whether the page scrolls sideways, where the title and the
// article sit, and the JSON-LD blocks as JSON.parse reads them.
// Screenshots go to PREFIX-light.png, PREFIX-dark.png, PREFIX-phone.png.

import { chromium } from 'playwright-core';

const [url, prefix] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--disable-quic'],
  timeout: 30000,
});

const report = {};

try {
  for (const [name, viewport, scheme] of [
    ['light', { width: 1280, height: 900 }, 'light'],
    ['dark', { width: 1280, height: 900 }, 'dark'],
    ['phone', { width: 375, height: 740 }, 'light'],
  ]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    await page.goto(url, { waitUntil: 'load', timeout: 20000 });

    report[name] = await page.evaluate(() => {
      const box = (el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, width: r.width,
                 height: r.height };
      };
      const card = document.querySelector('aside.rvw-card');
      const style = card ? getComputedStyle(card) : null;
      const ld = [];
      for (const s of document.querySelectorAll(
        'script[type="application/ld+json"]')) {
        try {
          ld.push(JSON.parse(s.textContent));
        } catch (e) {
          ld.push({ error: String(e) });
        }
      }
      // does this font draw ch, or the box it draws for what it lacks?
      const drawn = (ch, el) => {
        const cs = getComputedStyle(el);
        const font = `${cs.fontSize} ${cs.fontFamily}`;
        const pixels = (c) => {
          const cv = document.createElement('canvas');
          cv.width = 64;
          cv.height = 64;
          const g = cv.getContext('2d');
          g.font = font;
          g.fillStyle = '#000';
          g.fillText(c, 8, 44);
          return Array.from(g.getImageData(0, 0, 64, 64).data);
        };
        const mine = pixels(ch);
        const none = pixels('\u0378');      // unassigned: never a glyph
        return mine.some((v) => v) && mine.join() !== none.join();
      };
      const stars = card && card.querySelector('.rvw-s');
      const content = document.querySelector('.entry-content')
                      || document.querySelector('article');
      const paras = content ? Array.from(content.querySelectorAll('p'))
        .filter((p) => !p.closest('.rvw-card')) : [];
      return {
        card: !!card,
        cardParent: card && card.parentElement.tagName.toLowerCase(),
        para: box(paras[0]),
        paras: paras.map((p) => p.textContent.trim().slice(0, 40)),
        stars: stars && {
          label: stars.getAttribute('aria-label'),
          row: box(stars.querySelector('.rvw-s0')),
          fill: box(stars.querySelector('.rvw-s1')),
          full: drawn('\u2605', stars),
          empty: drawn('\u2606', stars),
          half: drawn('\u2bea', stars),
        },
        visible: !!card && style.display !== 'none'
                 && style.visibility !== 'hidden'
                 && card.getBoundingClientRect().height > 0,
        cardBox: box(card),
        background: style && style.backgroundColor,
        color: style && style.color,
        name: card && card.getAttribute('aria-label'),
        quote: card && card.querySelector('blockquote')?.textContent,
        viewport: window.innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
        title: box(document.querySelector('h1')),
        article: box(document.querySelector('article')
                     || document.querySelector('main')),
        ld,
      };
    });

    if (prefix) {
      const target = await page.$('aside.rvw-card');
      if (target) {
        await target.scrollIntoViewIfNeeded();
      }
      await page.screenshot({ path: `${prefix}-${name}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
}

console.log(JSON.stringify(report));
