// The browser tests' world: an index of corpus/, the real concord-searchd serving web/ on a free
// loopback port, and two static servers on other loopback ports (other origins) serving
// web/examples/: one in searchd's CORS allow-list, one not.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { once } from 'node:events';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };
// host.html loads the widget of the server that serves it ("../widget.js", as searchd serves it
// at /examples/host.html); served from another origin here, it is pointed at the tests' searchd.
const EXAMPLE_WIDGET = 'src="../widget.js"';

function listen(server, port = 0) {
  server.listen(port, '127.0.0.1');
  return once(server, 'listening').then(() => server.address().port);
}

/**
 * A static server for web/examples/ whose pages use `endpoint` as the Concord server. A test
 * can add a page of its own with page(name, html) (a real server: chromium lets a page that
 * came from loopback, and no other, ask searchd on loopback).
 */
export async function startExampleServer(examplesDir, endpoint, port = 0) {
  const pages = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (pages.has(path)) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store' }).end(pages.get(path));
      return;
    }
    const file = join(examplesDir, path === '/' ? 'host.html' : path);
    if (!file.startsWith(examplesDir) || !existsSync(file) || !TYPES[extname(file)]) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file, 'utf8').replaceAll(EXAMPLE_WIDGET, `src="${endpoint}widget.js"`);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)], 'Cache-Control': 'no-store' }).end(body);
  });
  const bound = await listen(server, port);
  const origin = `http://127.0.0.1:${bound}`;
  return {
    origin,
    close: () => server.close(),
    /** Serve `html` at /name; returns its URL. */
    page: (name, html) => { pages.set('/' + name, html); return `${origin}/${name}`; },
  };
}

/** Reserve a free loopback port number (closed again at once) to build an origin before use. */
export async function freePort() {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

/** Index corpus/ with concord-indexer into a fresh temporary folder. */
export function buildIndex(indexer, repo) {
  const dir = mkdtempSync(join(tmpdir(), 'concord-browser-'));
  const index = join(dir, 'index');
  execFileSync(indexer, ['build', '--index', index, '--themes', join(repo, 'corpus/themes.json'),
    join(repo, 'corpus/documents')], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { index, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Start concord-searchd on a free port; resolves when it prints where it listens. */
export async function startSearchd(searchd, { index, web, corsOrigins }) {
  const child = spawn(searchd, ['--host', '127.0.0.1', '--port', '0', '--index', index, '--web', web], {
    env: { ...process.env, CONCORD_CORS_ORIGINS: corsOrigins.join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('concord-searchd did not start: ' + log)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`concord-searchd exited (${code}): ${log}`)); });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}/`,
    log: () => log,
    stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }),
  };
}
