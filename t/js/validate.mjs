#!/usr/bin/env node
// Checks the JSON-LD in pages or JSON files, offline:
//   - every block parses as JSON and holds no "</script";
//   - jsonld expands it with the local schema.org context (any other
//     remote document is refused: no network);
//   - every type and property exists in the schema.org vocabulary
//     (data/schemaorg-vocab.jsonld) and fits its domain and range, with
//     supertypes and schema.org's Role pattern;
//   - Google's Review and Movie rules, and @adobe/structured-data-validator
//     (schema.org + Google Rich Results) on the same data.
//
// usage: validate.mjs [--no-rating-ok] FILE.html|FILE.json ...
//   --no-rating-ok  a Review without reviewRating is valid schema.org, but
//                   Google shows no star snippet for it: report it as a
//                   warning instead of an error
// Exit status 0 when there is no error; the last line is a summary.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import Validator from '@adobe/structured-data-validator';

const here = path.dirname(fileURLToPath(import.meta.url));
const vocab = JSON.parse(
  fs.readFileSync(path.join(here, 'data/schemaorg-vocab.jsonld')));
const context = JSON.parse(
  fs.readFileSync(path.join(here, 'data/schemaorg-context.jsonld')));

const strip = (id) => String(id).replace(/^(schema:|https?:\/\/schema\.org\/)/, '');
const arr = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const TYPES = new Map();
const PROPS = new Map();
for (const e of vocab['@graph']) {
  if (e['@type'] === 'rdfs:Class') {
    TYPES.set(strip(e['@id']), arr(e['rdfs:subClassOf']).map((s) => strip(s['@id'])));
  } else {
    PROPS.set(strip(e['@id']), {
      domain: arr(e['schema:domainIncludes']).map((s) => strip(s['@id'])),
      range: arr(e['schema:rangeIncludes']).map((s) => strip(s['@id'])),
    });
  }
}

function ancestors(t, seen = new Set()) {
  if (seen.has(t)) return seen;
  seen.add(t);
  for (const s of TYPES.get(t) || []) ancestors(s, seen);
  return seen;
}

const DATATYPES = new Set(['Text', 'URL', 'Date', 'DateTime', 'Time', 'Number',
  'Integer', 'Float', 'Boolean', 'Duration', 'CssSelectorType', 'XPathType',
  'PronounceableText']);

function fitsDatatype(v, range) {
  if (typeof v === 'boolean') return range.has('Boolean');
  if (typeof v === 'number') {
    return range.has('Number') || range.has('Integer') || range.has('Float')
      || range.has('Text');
  }
  if (typeof v !== 'string') return false;
  if (range.has('Text') || range.has('PronounceableText')) return true;
  if (range.has('URL') && /^(https?:)?\/\/|^\//.test(v)) return true;
  if (range.has('Date') && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return true;
  if (range.has('DateTime')
      && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    return true;
  }
  if (range.has('Duration') && /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v)) {
    return true;
  }
  if ((range.has('Number') || range.has('Integer')) && /^-?\d+(\.\d+)?$/.test(v)) return true;
  return false;
}

class Checker {
  constructor(where) { this.where = where; this.errors = []; this.warnings = []; }
  err(p, m) { this.errors.push(`${this.where}${p}: ${m}`); }
  warn(p, m) { this.warnings.push(`${this.where}${p}: ${m}`); }

  types(node, p) {
    const ts = arr(node['@type']).map(strip);
    for (const t of ts) if (!TYPES.has(t)) this.err(p, `unknown type "${t}"`);
    return ts.filter((t) => TYPES.has(t));
  }

  value(prop, v, p, depth) {
    const range = new Set(PROPS.get(prop).range);
    if (Array.isArray(v)) { v.forEach((x, i) => this.value(prop, x, `${p}[${i}]`, depth)); return; }
    if (v && typeof v === 'object') {
      if (Object.keys(v).length === 1 && v['@id']) return;
      const ts = this.types(v, p);
      const anc = new Set(ts.flatMap((t) => [...ancestors(t)]));
      if (anc.has('Role')) {
        if (!(prop in v)) this.err(p, `Role used for "${prop}" without "${prop}" inside`);
      } else if (ts.length && ![...anc].some((a) => range.has(a))
                 && !(range.has('Text') && !anc.has('Thing'))) {
        this.err(p, `"${prop}" expects ${[...range].join('|')}, not ${ts.join(',')}`);
      }
      this.node(v, p, depth + 1);
      return;
    }
    if (!fitsDatatype(v, range)) {
      this.err(p, `"${prop}" value ${JSON.stringify(v).slice(0, 40)} does not fit ${[...range].join('|')}`);
    }
  }

  node(node, p = '', depth = 0) {
    if (depth > 20) { this.err(p, 'nested deeper than 20'); return; }
    if (node['@graph']) node['@graph'].forEach((n, i) => this.node(n, `${p}.@graph[${i}]`, depth + 1));
    const ts = node['@type'] ? this.types(node, p) : [];
    const anc = new Set(ts.flatMap((t) => [...ancestors(t)]));
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@')) continue;
      const prop = strip(k);
      if (!PROPS.has(prop)) { this.err(p, `unknown property "${k}"`); continue; }
      const domain = PROPS.get(prop).domain;
      if (ts.length && !domain.some((d) => anc.has(d)) && !anc.has('Role')) {
        this.err(p, `property "${k}" not allowed on ${ts.join(',')}`);
      }
      this.value(prop, v, `${p}.${k}`, depth);
    }
    if (anc.has('Review')) this.review(node, p);
    if (anc.has('Movie')) this.movie(node, p);
  }

  review(n, p) {
    const a = arr(n.author)[0];
    if (!(a && typeof a === 'object' && (a.name || a['@id']))) this.err(p, 'Review needs an author with a name (Google)');
    const it = arr(n.itemReviewed)[0];
    if (!(it && typeof it === 'object' && it.name)) this.err(p, 'Review needs itemReviewed with a name (Google)');
    const r = n.reviewRating;
    if (r) {
      const val = Number(r.ratingValue);
      const best = Number(r.bestRating ?? 5);
      const worst = Number(r.worstRating ?? 1);
      if (Number.isNaN(val) || val < worst || val > best) {
        this.err(p, `ratingValue ${r.ratingValue} outside [${worst}, ${best}]`);
      }
    }
  }

  movie(n, p) {
    if (!n.name) this.err(p, 'Movie needs a name (Google)');
    for (const rec of ['director', 'image', 'dateCreated']) {
      if (!(rec in n)) this.warn(p, `Movie lacks recommended "${rec}"`);
    }
  }
}

async function documentLoader(url) {
  if (/^https?:\/\/schema\.org\/?$/.test(url) || /^https?:\/\/schema\.org\/docs\/jsonldcontext\.json/.test(url)) {
    return { contextUrl: null, document: context, documentUrl: url };
  }
  throw new Error(`offline: refusing to load ${url}`);
}

function blocksOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return [text];
  const out = [];
  const re = /<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script/gi;
  let m;
  while ((m = re.exec(text)) !== null) out.push(m[1]);
  return out;
}

// @adobe/structured-data-validator reads items grouped by their root type
function waeFormat(doc) {
  const groups = {};
  for (const item of arr(doc['@graph'] ?? doc)) {
    const t = arr(item['@type'])[0];
    if (!t) continue;
    (groups[t] ??= []).push(structuredClone(item));
  }
  return { jsonld: groups };
}

const args = process.argv.slice(2);
const noRatingOk = args.includes('--no-rating-ok');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('usage: validate.mjs [--no-rating-ok] FILE.html|FILE.json ...');
  process.exit(2);
}

const adobe = new Validator(vocab);
let errors = 0;
let warnings = 0;
let blocks = 0;

for (const file of files) {
  const found = blocksOf(file);
  for (const [i, raw] of found.entries()) {
    blocks++;
    const c = new Checker(`${file}#${i}`);
    if (/<\/script/i.test(raw)) c.err('', 'contains "</script"');
    let doc;
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      c.err('', `not JSON: ${e.message}`);
    }
    if (doc) {
      try {
        const expanded = await jsonld.expand(doc, { documentLoader });
        if (!expanded.length) c.err('', 'expands to nothing');
        const seen = JSON.stringify(expanded);
        for (const m of seen.matchAll(/"(https?:\/\/schema\.org\/[^"#]+)"/g)) {
          const name = strip(m[1]);
          if (!PROPS.has(name) && !TYPES.has(name) && !/^https?:\/\/schema\.org\/.*\//.test(m[1])) {
            c.err('', `expands to unknown term ${m[1]}`);
          }
        }
      } catch (e) {
        c.err('', `jsonld expand failed: ${e.message}`);
      }

      c.node(doc);

      const issues = await adobe.validate(waeFormat(doc));
      for (const is of issues) {
        const at = `${c.where} [adobe ${is.rootType}]`;
        const roleOk = /Property "(\w+)" for type "(\w*Role)"/.exec(is.issueMessage);
        if (roleOk) continue;
        if (noRatingOk && /"reviewRating" is missing/.test(is.issueMessage)) {
          c.warnings.push(`${at}: ${is.issueMessage} (no rating stated: no star snippet)`);
        } else if (is.severity === 'ERROR' || /not supported by the schema\.org/.test(is.issueMessage)) {
          c.errors.push(`${at}: ${is.issueMessage}`);
        } else {
          c.warnings.push(`${at}: ${is.issueMessage}`);
        }
      }
    }
    for (const e of c.errors) console.log(`error: ${e}`);
    for (const w of c.warnings) console.log(`warning: ${w}`);
    errors += c.errors.length;
    warnings += c.warnings.length;
  }
}

console.log(`summary: blocks=${blocks} errors=${errors} warnings=${warnings}`);
process.exit(errors || blocks === 0 ? 1 : 0);
