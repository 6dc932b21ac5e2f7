import { defineConfig, type Connect, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './demo/csp-policy.js';

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

// package.json's `sideEffects` must list the modules that register tags; until it does, keep them here too
// (the same rule as scripts/build-options.js), or a production build drops `import './iso-readiness/iso-readiness.js'`.
const defineModules = (): Plugin => ({
  name: 'define-modules',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('.js') && !source.endsWith('.ts')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || !/widget\/(index|cdn|[\w-]+\/[\w-]+)\.ts$/.test(resolved.id)) return null;
    if (/\.(component|styles)\.ts$/.test(resolved.id)) return null;
    return { ...resolved, moduleSideEffects: true };
  },
});

export default defineConfig({
  root: 'demo',
  plugins: [strictCspPage(), defineModules()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../demo-dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: 'demo/index.html',
        css: 'demo/host-css.html',
        csp: 'demo/csp.html',
        sdk: 'demo/sdk.html',
        builder: 'demo/builder.html',
      },
    },
  },
  esbuild: { target: 'es2022' },
});
