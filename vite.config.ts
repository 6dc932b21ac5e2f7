import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './demo/csp-policy.js';

const root = fileURLToPath(new URL('.', import.meta.url));

// Serves demo/csp.html with a strict Content-Security-Policy header, to show the widget needs nothing looser.
const strictCspPage = (): Plugin => ({
  name: 'strict-csp-page',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/csp.html')) res.setHeader('Content-Security-Policy', STRICT_CSP);
      next();
    });
  },
});

export default defineConfig({
  root: 'demo',
  plugins: [strictCspPage()],
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
