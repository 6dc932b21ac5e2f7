// A consultancy's webhook for the browser tests: a real Node HTTP server on a second origin (its own port), with
// CORS as the README asks of a receiver. Each test uses a bucket of its own, scripts its answers through
// /control/<bucket> (mode ok, down: 503, busy: 503 with Retry-After 600 s, hang: held) and reads what arrived
// from /log/<bucket>.
import { createServer } from 'node:http';

/** Starts the webhook on a free port of 127.0.0.1; resolves with its origin and a close function. */
export async function startWebhookServer() {
  const buckets = new Map();
  const bucket = (name) => {
    let b = buckets.get(name);
    if (!b) buckets.set(name, (b = { mode: 'ok', log: [], held: [] }));
    return b;
  };
  const answer = (res, status, headers = {}) => {
    res.record.status = status;
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(status === 200 ? '{"ok":true}' : '{}');
  };
  const server = createServer((req, res) => {
    const origin = req.headers.origin ?? '*';
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, GET',
        'Access-Control-Allow-Headers': 'content-type, idempotency-key',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const [, kind, name = 'default'] = (req.url ?? '/').split('/');
    const b = bucket(name);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (kind === 'log') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(b.log));
      } else if (kind === 'control') {
        b.mode = JSON.parse(body).mode;
        // Held requests are answered as the new mode says, or stay held.
        if (b.mode !== 'hang') for (const held of b.held.splice(0)) answer(held, b.mode === 'ok' ? 200 : 503);
        res.writeHead(204).end();
      } else if (kind === 'hook') {
        // status 0: held, not answered (yet); a request the browser gave up on stays 0.
        res.record = { key: req.headers['idempotency-key'] ?? null, status: 0 };
        b.log.push(res.record);
        if (b.mode === 'hang') {
          b.held.push(res);
          res.on('close', () => {
            if (res.record.status === 0) res.record.closed = true;
            const i = b.held.indexOf(res);
            if (i >= 0) b.held.splice(i, 1);
          });
        } else if (b.mode === 'busy') answer(res, 503, { 'Retry-After': '600' });
        else answer(res, b.mode === 'ok' ? 200 : 503);
      } else res.writeHead(404).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}
