// jsdom + Readability over one page: median milliseconds per run
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const html = fs.readFileSync(process.argv[2], 'utf8');
const runs = +(process.argv[3] || 20);
const t = [];
for (let i = 0; i < runs + 3; i++) {
  const s = process.hrtime.bigint();
  const dom = new JSDOM(html, { url: 'https://example.org/' });
  const art = new Readability(dom.window.document).parse();
  if (!art || !art.textContent) throw new Error('no article');
  dom.window.close();
  if (i >= 3) t.push(Number(process.hrtime.bigint() - s) / 1e6);
}
t.sort((a, b) => a - b);
console.log(t[t.length >> 1].toFixed(2));
