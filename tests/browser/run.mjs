// Browser tests of the search page and the widget in Debian's chromium (playwright-core).
// Usage: node run.mjs <concord-searchd> <concord-indexer> <repo root>
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildIndex, startSearchd, startExampleServer, freePort } from './harness.mjs';

const [searchdPath, indexerPath, repo] = process.argv.slice(2);
if (!repo) throw new Error('usage: node run.mjs <concord-searchd> <concord-indexer> <repo root>');
const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
const CHROMIUM = process.env.CONCORD_CHROMIUM || '/usr/bin/chromium';
const T = 15000; // per-wait limit (ms)

let index, searchd, allowed, refused, browser, base;

before(async () => {
  mkdirSync(shots, { recursive: true });
  index = buildIndex(indexerPath, repo);
  const allowedPort = await freePort();
  searchd = await startSearchd(searchdPath, {
    index: index.index, web: join(repo, 'web'), corsOrigins: [`http://127.0.0.1:${allowedPort}`],
  });
  base = searchd.url;
  const examples = join(repo, 'web/examples');
  allowed = await startExampleServer(examples, base, allowedPort);
  refused = await startExampleServer(examples, base);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
  if (browser) await browser.close();
  if (allowed) allowed.close();
  if (refused) refused.close();
  if (searchd) await searchd.stop();
  if (index) index.remove();
});

/** A fresh page that fails the test on any script error. */
async function newPage(options = {}) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) page.errors.push(m.text());
  });
  return page;
}

/** Poll `check` (run here, not in the page: the page's CSP forbids eval) until it is truthy. */
async function until(check, what) {
  const end = Date.now() + T;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function done(page) {
  assert.deepEqual(page.errors, [], 'no script errors');
  await page.context().close();
}

const total = async (page) => Number((await page.textContent('#summary')).replace(/[^\d].*$/, ''));

/** Whether searchd has a route (a 404 naming "no such resource" means the route is absent). */
async function routeMissing(path, init) {
  const res = await fetch(base + path, init);
  if (res.status !== 404) return false;
  const body = await res.json().catch(() => ({}));
  return body.error && body.error.message === 'no such resource';
}

const webModule = (path) => import(pathToFileURL(join(repo, 'web', path)).href);

/** Open `name` on an example server as a page holding `body` and the tests' searchd's widget. */
async function gotoWidgetPage(page, server, name, body) {
  await page.goto(server.page(name, `<!doctype html><html lang="en"><head><meta charset="utf-8">`
    + `<title>${name}</title></head><body>${body}<script src="${base}widget.js" defer></script></body></html>`));
}

/** The label of the story kind in `lang`, as a search's kind facet gives it (facet_labels.cpp). */
async function storyLabel(lang) {
  const data = await (await fetch(base + `v1/search?kind=story&facets=kind&per_page=1&ui_lang=${lang}`)).json();
  return data.facets.kind.find((v) => v.value === 'story').label;
}

/** The text of the first kind badge under `selector` (search, similar, match or widget cards). */
async function kindBadge(page, selector) {
  const badge = page.locator(`${selector} li.result[data-kind=story] .badge-kind`).first();
  await badge.waitFor({ timeout: T });
  return (await badge.textContent()).trim();
}

test('the interface strings exist in all seven languages', async () => {
  const { STRINGS, LANGS } = await webModule('js/strings.js');
  assert.deepEqual([...LANGS].sort(), ['ar', 'en', 'es', 'fr', 'pt', 'ru', 'zh']);
  const keys = Object.keys(STRINGS.en);
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(STRINGS[lang]).sort(), [...keys].sort(), `keys of ${lang}`);
    for (const k of keys) assert.ok(STRINGS[lang][k].trim(), `${lang}.${k} is empty`);
  }
  // Labels of values (kinds, themes…) are the server's: the page keeps no copy of them.
  assert.deepEqual(keys.filter((k) => k.startsWith('k_')), [], 'no kind labels in strings.js');
});

test('/v1/fields lists the fields with labelled values; the sidebar names only listed fields', async (t) => {
  if (await routeMissing('v1/fields?lang=fr')) {
    t.skip('this searchd has no /v1/fields yet (404)');
    return;
  }
  const { Api } = await webModule('js/api.js');
  const fr = await new Api(base).fields('fr'); // as the page and the widget ask for it
  const byName = Object.fromEntries(fr.fields.map((f) => [f.name, f]));
  for (const f of ['theme', 'kind', 'lang', 'region', 'year', 'country']) assert.ok(byName[f], `${f} is listed`);
  const story = byName.kind.values.find((v) => v.value === 'story');
  assert.equal(story && story.label, await storyLabel('fr'), "the story kind's French label, as searches label it");
  assert.notEqual(story.label, await storyLabel('en'));
  assert.ok(byName.theme.values.length > 0 && byName.theme.values.every((v) => v.label), 'themes are labelled');
  const { SIDEBAR_FACETS } = await webModule('js/facets.js');
  const facets = fr.fields.filter((f) => f.facet).map((f) => f.name);
  assert.deepEqual(SIDEBAR_FACETS.filter((f) => !facets.includes(f)), [], 'SIDEBAR_FACETS names only listed facets');
});

test('the page state survives a round trip through the URL', async () => {
  const { emptyState, stateFromSearch, searchFromState } = await webModule('js/state.js');
  const s = emptyState();
  Object.assign(s, { q: 'brevet solaire', page: 3, sort: '-date', xlang: false, uiLang: 'ar' });
  s.filters.kind = ['offer', 'need'];
  s.filters.country = ['KE'];
  assert.deepEqual(stateFromSearch(searchFromState(s)), s);
  const similar = { ...emptyState(), view: 'similar', similar: 'story-en-1' };
  assert.deepEqual(stateFromSearch(searchFromState(similar)), similar);
  assert.equal(searchFromState(emptyState()), '', 'the default state is the bare page');
  assert.equal(stateFromSearch('?page=-4&sort=evil&view=nope').page, 1);
  // With the server's list of filter fields, other parameters are no filters.
  assert.deepEqual(stateFromSearch('?kind=offer&utm_source=x&q=a', ['theme', 'kind']).filters, { kind: ['offer'] });
});

test('highlighted text keeps only bare <mark> elements', async () => {
  const page = await newPage();
  await page.goto(base);
  const html = await page.evaluate(async () => {
    const { highlighted } = await import('/js/dom.js');
    const div = document.createElement('div');
    div.append(highlighted('a &lt;b&gt; <b>x</b> <mark onclick="alert(1)" class="c">y</mark><img src=z onerror="alert(2)"><script>alert(3)</script>'));
    return div.innerHTML;
  });
  assert.equal(html, 'a &lt;b&gt; x <mark>y</mark>alert(3)');
  // Chromium reports the handlers in the parsed input as blocked by the CSP (the second line
  // of defence); nothing ran, so those reports are expected here and only here.
  page.errors = page.errors.filter((e) => !/inline event handler/.test(e));
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, script:not([src]):not([type])').length), 0);
  await done(page);
});

test('searchd serves the page with content types and caching headers', async () => {
  const expect = {
    '': 'text/html', 'js/main.js': 'text/javascript', 'style.css': 'text/css',
    'widget.js': 'text/javascript', 'widget.css': 'text/css', 'favicon.svg': 'image/svg+xml',
  };
  for (const [path, type] of Object.entries(expect)) {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    assert.ok(res.headers.get('content-type').startsWith(type), `${path}: ${res.headers.get('content-type')}`);
    assert.equal(res.headers.get('cache-control'), 'no-cache', path);
    const etag = res.headers.get('etag');
    assert.ok(etag, `${path} has an ETag`);
    const again = await fetch(base + path, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, `${path} revalidates`);
  }
});

test('typing a query shows results, and the URL holds it', async () => {
  const page = await newPage();
  await page.goto(base);
  await page.fill('#q', '');
  await page.locator('#q').pressSequentially('patent', { delay: 30 });
  await page.waitForSelector('#results li.result', { timeout: T });
  await until(() => page.url().includes('q=patent'), 'the query in the URL');
  assert.ok(await total(page) > 10);
  assert.match(await page.locator('#results li.result mark').first().textContent(), /patent/i);
  assert.equal(await page.getAttribute('#summary', 'aria-live'), 'polite');
  if (await routeMissing('v1/suggest?q=pat')) {
    console.log('# SKIP suggestions: this searchd has no /v1/suggest yet (404)');
  } else {
    await page.fill('#q', 'pat');
    await page.locator('#q').press('t');
    await page.waitForSelector('#suggestions [role=option]', { timeout: T });
    assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'true');
  }
  await page.screenshot({ path: join(shots, 'page-en.png'), fullPage: false });
  await done(page);
});

test('a facet checkbox filters the results and updates the counts; back undoes it', async () => {
  const page = await newPage();
  await page.goto(base + '?q=patent');
  await page.waitForSelector('#facets input[data-facet=kind][value=offer]', { timeout: T });
  const before = await total(page);
  const offerCount = Number(await page.getAttribute('#facets [data-facet=kind] li[data-value=offer] .facet-count', 'data-count'));
  const langCounts = await page.$$eval('#facets [data-facet=lang] .facet-count', (n) => n.map((x) => x.dataset.count).join());
  await page.check('#facets input[data-facet=kind][value=offer]');
  await until(async () => (await total(page)) !== before, 'a new total');
  // Facets count documents, results count translation groups (group=true): at most the count.
  const filtered = await total(page);
  assert.ok(filtered > 0 && filtered <= offerCount, `${filtered} results for ${offerCount} offers`);
  const kinds = await page.$$eval('#results li.result', (n) => [...new Set(n.map((x) => x.dataset.kind))]);
  assert.deepEqual(kinds, ['offer']);
  const langAfter = await page.$$eval('#facets [data-facet=lang] .facet-count', (n) => n.map((x) => x.dataset.count).join());
  assert.notEqual(langAfter, langCounts, 'language counts follow the kind filter');
  assert.ok(page.url().includes('kind=offer'));
  assert.equal(await page.locator('#active-filter-list button.chip').count(), 1);
  await page.goBack();
  await until(async () => (await total(page)) === before, 'the old total');
  assert.equal(await page.isChecked('#facets input[data-facet=kind][value=offer]'), false);
  await done(page);
});

test('the keyboard alone runs a search and toggles a facet', async () => {
  const page = await newPage();
  await page.goto(base);
  await until(() => page.evaluate(() => document.activeElement && document.activeElement.id === 'q'), 'focus in the search box');
  await page.keyboard.type('licensing');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#results li.result', { timeout: T }).catch(async (e) => {
    console.log('# page at failure:', page.url(), await page.textContent('#summary'), await page.locator('#results li.result').count(), await page.inputValue('#q'), await page.textContent('#error'));
    throw e;
  });
  const before = await total(page);
  await page.focus('#facets input[data-facet=lang]');
  await page.keyboard.press('Space');
  await until(async () => (await total(page)) !== before, 'a new total');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), 'lang', 'focus stays on the facet');
  await done(page);
});

test('"similar" shows documents like a result', async (t) => {
  const first = await (await fetch(base + 'v1/search?q=patent&per_page=1')).json();
  const id = first.hits[0].id;
  if (await routeMissing(`v1/documents/${encodeURIComponent(id)}/similar`)) {
    t.skip('this searchd has no /v1/documents/{id}/similar yet (404)');
    return;
  }
  const page = await newPage();
  await page.goto(base + '?q=patent');
  await page.waitForSelector('#results li.result a.similar-link', { timeout: T });
  const title = await page.locator('#results li.result .result-title').first().textContent();
  const source = await page.locator('#results li.result').first().getAttribute('data-id');
  await page.locator('#results li.result a.similar-link').first().click();
  await until(() => page.url().includes('view=similar'), 'the similar view');
  // The heading names the source once its similar documents are shown.
  await until(async () => (await page.textContent('#results-heading')).includes(title.trim()), 'the similar heading');
  const ids = await page.$$eval('#results li.result', (n) => n.map((x) => x.dataset.id));
  assert.ok(ids.length > 0 && !ids.includes(source), 'the source is not among its similar documents');
  assert.ok(page.url().includes('similar=' + encodeURIComponent(source)));
  await page.goBack();
  await until(() => !page.url().includes('view=similar'), 'the search view');
  await done(page);
});

test('"match my need" lists offers, partners and stories', async (t) => {
  if (await routeMissing('v1/match', { method: 'POST', body: '{"text":"solar"}', headers: { 'Content-Type': 'application/json' } })) {
    t.skip('this searchd has no /v1/match yet (404)');
    return;
  }
  const page = await newPage();
  await page.goto(base + '?view=match');
  await page.fill('#need', 'We need help licensing a solar water pump design to manufacturers');
  await page.click('#match-button');
  await page.waitForSelector('#match-results section[data-group=offers]', { timeout: T });
  assert.ok(page.url().includes('need='));
  assert.ok(await page.locator('#match-results li.result').count() > 0);
  await done(page);
});

test('a quoted phrase no document holds shows its words, and says so', async () => {
  const page = await newPage();
  await page.goto(base + '?q=%22innovation%20green%22');
  await page.waitForSelector('#results li.result', { timeout: T });
  await page.waitForSelector('#phrases-as-words:not([hidden])', { timeout: T });
  assert.match(await page.textContent('#phrases-as-words'), /exact phrase/);
  await page.goto(base + '?q=%22green%20innovation%22');
  await page.waitForSelector('#results li.result', { timeout: T });
  assert.equal(await page.isVisible('#phrases-as-words'), false);
  await done(page);
});

test('Arabic lays the page out right to left; Chinese and English screenshots', async () => {
  const page = await newPage();
  await page.goto(base + '?q=innovation');
  await page.waitForSelector('#results li.result', { timeout: T });
  await page.selectOption('#ui-lang', 'ar');
  await until(async () => (await page.getAttribute('html', 'dir')) === 'rtl', 'dir=rtl');
  await page.waitForSelector('#results li.result', { timeout: T });
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.ok(page.url().includes('ui_lang=ar') && page.url().includes('q=innovation'));
  assert.equal(await page.textContent('#search-button'), 'بحث');
  await page.screenshot({ path: join(shots, 'page-ar.png') });
  await page.goto(base + '?q=innovation&ui_lang=zh');
  await page.waitForSelector('#results li.result', { timeout: T });
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#search-button'), '搜索');
  await page.screenshot({ path: join(shots, 'page-zh.png') });
  await done(page);
});

/** Gaps (px) between each facet checkbox and its label's text, on the side they face. */
async function labelGaps(page, facet) {
  return page.$$eval(`#facets fieldset[data-facet=${facet}] .facet-option`, (options) => options.map((o) => {
    const box = o.querySelector('input').getBoundingClientRect();
    const range = document.createRange(); // the text itself, not its (full-width) box
    range.selectNodeContents(o.querySelector('.facet-label'));
    const text = range.getBoundingClientRect();
    const rtl = getComputedStyle(o).direction === 'rtl';
    return Math.round(rtl ? box.left - text.right : text.left - box.right);
  }));
}

test('countries read as names: the Arabic facet and card, beside the checkbox, and the widget', async () => {
  const page = await newPage();
  await page.goto(base + '?q=argan&country=MA&ui_lang=ar');
  const morocco = page.locator('#facets fieldset[data-facet=country] li[data-value=MA]');
  await morocco.waitFor({ timeout: T });
  assert.equal((await morocco.locator('.facet-label').textContent()).trim(), 'المغرب');
  const card = page.locator('#results li.result .country[data-country=MA]').first();
  await card.waitFor({ timeout: T });
  assert.equal(await card.textContent(), 'المغرب');
  const codes = await page.$$eval('#results .country', (n) => n.filter((c) => c.textContent === c.dataset.country).map((c) => c.dataset.country));
  assert.deepEqual(codes, [], 'no card shows a code');
  // Each label's text starts beside its checkbox (gap: 0.5rem), whatever its own direction: a
  // name, a year or a Latin court name on the Arabic page; and as before on the English one.
  await page.goto(base + '?q=&kind=decision&country=MA&ui_lang=ar');
  await page.waitForSelector('#facets fieldset[data-facet=court] li', { timeout: T });
  await page.waitForSelector('#facets fieldset[data-facet=country] li[data-value=MA]', { timeout: T });
  for (const facet of ['country', 'year', 'court', 'kind']) {
    for (const gap of await labelGaps(page, facet)) assert.ok(gap >= 0 && gap <= 12, `ar ${facet}: ${gap}px from its checkbox`);
  }
  await page.locator('#facets fieldset[data-facet=country] li[data-value=MA]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'page-ar-countries.png') });
  await page.goto(base + '?q=&kind=decision&ui_lang=en');
  await page.waitForSelector('#facets fieldset[data-facet=court] li', { timeout: T });
  for (const facet of ['year', 'court', 'kind']) {
    for (const gap of await labelGaps(page, facet)) assert.ok(gap >= 0 && gap <= 12, `en ${facet}: ${gap}px from its checkbox`);
  }

  // The widget counts no facets: its names come from the browser, never a code.
  await gotoWidgetPage(page, allowed, 'countries.html',
    '<div id="w-ar" data-concord-search data-lang="ar"></div><div id="w-fr" data-concord-search data-lang="fr"></div>');
  for (const [id, name] of [['w-ar', 'المغرب'], ['w-fr', 'Maroc']]) {
    const input = page.locator(`#${id} input.q`);
    await input.fill('argan');
    await input.press('Enter');
    const country = page.locator(`#${id} li.result .country[data-country=MA]`).first();
    await country.waitFor({ timeout: T });
    assert.equal(await country.textContent(), name, id);
    const shown = await page.locator(`#${id} li.result .country`).evaluateAll((n) => n.map((c) => [c.dataset.country, c.textContent]));
    assert.deepEqual(shown.filter(([code, text]) => code === text), [], `${id}: no code shown`);
  }
  await page.screenshot({ path: join(shots, 'widget-countries.png'), fullPage: true });
  await done(page);
});

test('at phone width nothing scrolls sideways and the filters fold away', async () => {
  const page = await newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
  await page.goto(base + '?q=technology%20transfer');
  await page.waitForSelector('#results li.result', { timeout: T });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  assert.equal(await page.isVisible('#facets'), false);
  await page.click('#filters-toggle');
  assert.equal(await page.isVisible('#facets'), true);
  await page.screenshot({ path: join(shots, 'page-phone.png') });
  await done(page);
});

test('the widget searches from an allowed origin, with styles isolated both ways', async () => {
  const page = await newPage();
  await page.goto(allowed.origin + '/host.html');
  const input = page.locator('[data-concord-search] input.q').first();
  await input.waitFor({ timeout: T });
  await input.fill('solar');
  await input.press('Enter');
  const firstHit = page.locator('[data-concord-search]:first-of-type li.result').first();
  await firstHit.waitFor({ timeout: T });
  const count = await page.locator('[data-concord-search]:first-of-type li.result').count();
  assert.ok(count > 0 && count <= 5, `${count} results, at most data-results=5`);
  const inside = await firstHit.evaluate((n) => getComputedStyle(n).textTransform + '|' + getComputedStyle(n).fontFamily);
  assert.ok(!inside.startsWith('uppercase') && !inside.includes('Georgia'), `host styles leaked in: ${inside}`);
  const outside = await page.$eval('p.after', (n) => getComputedStyle(n).color + '|' + getComputedStyle(n).fontFamily);
  assert.ok(outside.startsWith('rgb(192, 0, 0)') && outside.includes('Georgia'), `widget styles leaked out: ${outside}`);

  // The second widget has its own options: French, offers only, three results.
  const offers = page.locator('#offers input.q');
  await offers.fill('solar');
  await offers.press('Enter');
  await page.locator('#offers li.result').first().waitFor({ timeout: T });
  const kinds = await page.locator('#offers li.result').evaluateAll((n) => [...new Set(n.map((x) => x.dataset.kind))]);
  assert.deepEqual(kinds, ['offer']);
  assert.ok(await page.locator('#offers li.result').count() <= 3);
  assert.equal(await page.locator('#offers button').textContent(), 'Rechercher');
  await page.screenshot({ path: join(shots, 'widget.png'), fullPage: true });

  // The API fails (5xx, then no answer at all): the box says so and keeps its results.
  const { STRINGS } = await webModule('js/strings.js');
  const box = page.locator('[data-concord-search]:first-of-type');
  const shown = await box.locator('li.result').count();
  for (const outage of [(route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"overloaded"}}' }),
    (route) => route.abort('connectionrefused')]) {
    await page.route(base + 'v1/search**', outage);
    await input.fill(`patent ${shown}`);
    await input.press('Enter');
    await box.locator('.status.unavailable').waitFor({ timeout: T });
    assert.equal(await box.locator('.status').textContent(), STRINGS.en.unavailable);
    assert.equal(await box.locator('li.result').count(), shown, 'the results shown stay');
    await page.unroute(base + 'v1/search**');
  }
  await page.screenshot({ path: join(shots, 'widget-api-down.png'), fullPage: true });
  await input.fill('solar');
  await input.press('Enter');
  await until(async () => !(await box.locator('.status.unavailable').count()), 'the message to go once searches work');
  await done(page);
});

test('host.html served by searchd (any port) shows results', async () => {
  const page = await newPage();
  await page.goto(base + 'examples/host.html');
  const input = page.locator('[data-concord-search] input.q').first();
  await input.waitFor({ timeout: T });
  await input.fill('solar');
  await input.press('Enter');
  await page.locator('[data-concord-search]:first-of-type li.result').first().waitFor({ timeout: T });
  const offers = page.locator('#offers input.q');
  await offers.fill('solar');
  await offers.press('Enter');
  await page.locator('#offers li.result').first().waitFor({ timeout: T });
  const kinds = await page.locator('#offers li.result').evaluateAll((n) => [...new Set(n.map((x) => x.dataset.kind))]);
  assert.deepEqual(kinds, ['offer']);
  assert.equal(await page.locator('.unavailable').count(), 0);
  await page.screenshot({ path: join(shots, 'host-on-searchd.png'), fullPage: true });
  await done(page);
});

test('an origin not in the allow-list is refused', async () => {
  const search = base + 'v1/search?q=solar';
  const good = await fetch(search, { headers: { Origin: allowed.origin } });
  assert.equal(good.headers.get('access-control-allow-origin'), allowed.origin);
  const bad = await fetch(search, { headers: { Origin: refused.origin } });
  assert.equal(bad.headers.get('access-control-allow-origin'), null);
  const preflight = await fetch(search, {
    method: 'OPTIONS', headers: { Origin: refused.origin, 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(preflight.status, 403);

  const page = await newPage();
  await page.goto(refused.origin + '/host.html');
  const outcome = await page.evaluate((url) => fetch(url).then(() => 'answered', (e) => e.name), search);
  assert.equal(outcome, 'TypeError', 'the browser withholds the answer');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-concord-search] li.result').count(), 0);

  // The widget cannot load there: its loader says so in each box, in the box's language.
  const { STRINGS, LANGS } = await webModule('js/strings.js');
  const message = async (selector) => {
    await page.locator(`${selector} .unavailable`).waitFor({ timeout: T });
    return page.$eval(selector, (h) => {
      const m = h.shadowRoot && h.shadowRoot.querySelector('.unavailable');
      return m && m.textContent;
    });
  };
  assert.equal(await message('[data-concord-search]:first-of-type'), STRINGS.en.unavailable);
  assert.equal(await message('#offers'), STRINGS.fr.unavailable);
  await page.screenshot({ path: join(shots, 'widget-refused.png'), fullPage: true });

  await gotoWidgetPage(page, refused, 'langs.html',
    LANGS.map((l) => `<div id="w-${l}" data-concord-search data-lang="${l}"></div>`).join(''));
  for (const l of LANGS) {
    assert.equal(await message(`#w-${l}`), STRINGS[l].unavailable, `the loader's message in ${l}`);
  }
  assert.equal(await page.$eval('#w-ar', (h) => h.shadowRoot.querySelector('.unavailable').dir), 'rtl');
  await page.screenshot({ path: join(shots, 'widget-refused-langs.png'), fullPage: true });
  await done(page);
});

test('a widget whose API server is down says so in its box before anyone types', async () => {
  const { STRINGS } = await webModule('js/strings.js');
  const down = `http://127.0.0.1:${await freePort()}/`; // nothing listens there
  const page = await newPage();
  await gotoWidgetPage(page, allowed, 'down.html', `<div id="w" data-concord-search data-lang="es" data-endpoint="${down}"></div>`);
  const status = page.locator('#w .status.unavailable');
  await status.waitFor({ timeout: T });
  assert.equal(await status.textContent(), STRINGS.es.unavailable);
  assert.equal(await page.locator('#w input.q').count(), 1, 'the search box stays, to try again');
  await done(page);
});

test('a page whose searchd has no /v1/fields still works, with raw values', async () => {
  const page = await newPage();
  await page.route(base + 'v1/fields**', (route) => route.fulfill({
    status: 404, contentType: 'application/json', body: '{"error":{"code":"not_found","message":"no such resource"}}',
  }));
  await page.goto(base + '?q=patent&kind=offer&ui_lang=fr');
  await page.waitForSelector('#results li.result', { timeout: T });
  assert.deepEqual(await page.$$eval('#results li.result', (n) => [...new Set(n.map((x) => x.dataset.kind))]), ['offer']);
  await page.waitForSelector('#facets fieldset[data-facet=kind]', { timeout: T });
  assert.equal(await page.locator('#active-filter-list button.chip').count(), 1);
  assert.equal(await page.isVisible('#error'), false);
  await done(page);
});

test("a story's kind label is the server's on search, widget, similar and match cards", async (t) => {
  if (await routeMissing('v1/fields?lang=en')) {
    t.skip('this searchd has no /v1/fields yet (404)');
    return;
  }
  // A story whose similar documents hold a story, and a need whose matches hold stories.
  const stories = await (await fetch(base + 'v1/search?kind=story&per_page=20&q=patent')).json();
  let source = null;
  for (const hit of stories.hits) {
    const similar = await (await fetch(base + `v1/documents/${encodeURIComponent(hit.id)}/similar?per_page=10`)).json();
    if ((similar.hits || []).some((h) => h.kind === 'story')) { source = hit.id; break; }
  }
  assert.ok(source, 'a story with a similar story');
  const need = 'We need help licensing a solar water pump design to manufacturers';
  for (const lang of ['fr', 'en']) {
    const expected = await storyLabel(lang);
    const page = await newPage();
    const seen = {};
    await page.goto(base + `?q=patent&kind=story&ui_lang=${lang}`);
    seen.search = await kindBadge(page, '#results');
    await page.goto(base + `?view=similar&similar=${encodeURIComponent(source)}&ui_lang=${lang}`);
    seen.similar = await kindBadge(page, '#results');
    await page.goto(base + `?view=match&need=${encodeURIComponent(need)}&ui_lang=${lang}`);
    seen.match = await kindBadge(page, '#match-results section[data-group=stories]');
    await gotoWidgetPage(page, allowed, `kinds-${lang}.html`,
      `<div id="w" data-concord-search data-lang="${lang}" data-kind="story"></div>`);
    const input = page.locator('#w input.q');
    await input.fill('patent');
    await input.press('Enter');
    seen.widget = await kindBadge(page, '#w');
    assert.deepEqual(seen, { search: expected, similar: expected, match: expected, widget: expected }, lang);
    await done(page);
  }
});
