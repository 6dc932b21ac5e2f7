import { defineConfig, type Connect, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './demo/csp-policy.js';
import { defineModules } from './scripts/build-options.js';

const root = fileURLToPath(new URL('.', import.meta.url));

// Serves demo/csp.html with a strict Content-Security-Policy header, to show the widget needs nothing looser.
const strictCspPage = (): Plugin => {
  const withCsp: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.startsWith('/csp.html')) res.setHeader('Content-Security-Policy', STRICT_CSP);
    next();
  };
  return {
    name: 'strict-csp-page',
    configureServer: (server) => void server.middlewares.use(withCsp),
    configurePreviewServer: (server) => void server.middlewares.use(withCsp),
  };
};

// A stand-in for a consultancy's webhook, for the demo only: POST /api/leads answers 200 with the lead echoed
// back, so the page shows delivery end to end. It keeps nothing, logs no personal data and forwards nothing.
// A full gap assessment with notes on every control runs to a few hundred kB.
const LEAD_BODY_LIMIT = 2 * 1024 * 1024;
const demoLeadEndpoint = (): Plugin => {
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.split('?')[0] !== '/api/leads') return next();
    const reply = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return reply(405, { error: 'method not allowed' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LEAD_BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LEAD_BODY_LIMIT) return reply(413, { error: 'too large' });
      let lead: unknown;
      try {
        lead = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(400, { error: 'expected JSON' });
      }
      reply(200, { received: true, idempotencyKey: req.headers['idempotency-key'] ?? null, lead });
    });
  };
  return {
    name: 'demo-lead-endpoint',
    configureServer: (server) => void server.middlewares.use(handle),
    configurePreviewServer: (server) => void server.middlewares.use(handle),
  };
};

export default defineConfig({
  root: 'demo',
  // package.json's `sideEffects` names the published modules only: the sources that register tags are kept here.
  plugins: [strictCspPage(), demoLeadEndpoint(), defineModules()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: 'demo/index.html',
        full: 'demo/full.html',
        css: 'demo/host-css.html',
        csp: 'demo/csp.html',
        sdk: 'demo/sdk.html',
        builder: 'demo/builder.html',
        privacy: 'demo/privacy.html',
      },
    },
  },
  esbuild: { target: 'es2022' },
});
