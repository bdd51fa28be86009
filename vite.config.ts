/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import { FIRST_VIEW_FILES } from './src/data/first-view.js';
import { unitTestFiles } from './tests/unit/environments.js';
import { prerenderFirstView, STALE_GUARD_HASH } from './scripts/prerender-plugin.mjs';

// A strict Content-Security-Policy for the served build: the app talks to its own origin only
// (an offline government intranet), so nothing else may load.
export const contentSecurityPolicy = [
  "default-src 'self'",
  // The one inline script: the prerendered view's guard (scripts/prerender-plugin.mjs), by its hash.
  `script-src 'self' ${STALE_GUARD_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The built page carries the policy itself (a meta tag), so it holds on whatever server an
 * intranet uses; `vite preview` also sends it as a header. Not in dev: Vite's dev client needs more.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      // frame-ancestors is ignored in a meta tag; the header covers it where the server sends one.
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy.replace(/; frame-ancestors 'none'/, ''),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `<link rel="preload" as="fetch" crossorigin>` for each dataset the first view draws from, under
 * the build's base path, so the files download alongside the script instead of after it has run.
 * `crossorigin` makes the preload match the app's own fetch() (cors mode, same-origin credentials).
 */
function preloadFirstViewData(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-view-data',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: () =>
      FIRST_VIEW_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `${base}data/${file}` },
        injectTo: 'head' as const,
      })),
  };
}

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/** Read once: which unit test files need a DOM (tests/unit/environments.ts). */
const unitFiles = unitTestFiles();

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    preloadFirstViewData(),
    prerenderFirstView({ alias }),
    // x.js.gz and x.js.br beside every text file of the build (public/data too), once at build
    // time: nginx sends them as they are (gzip_static, deploy/nginx.conf), as can a CDN or static
    // host, instead of compressing every response again. Brotli at quality 10, not 11: 2% larger,
    // a third of the build time (measured on the build's JS: 684 KB in 1.8 s against 672 KB in 5.9 s).
    compression({
      algorithms: ['gzip', defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 10 } })],
      include: /\.(html|css|js|json|svg|txt)$/,
    }),
  ],
  resolve: { alias },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: { chunkSizeWarningLimit: 900 },
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    // A global stubbed by one test (fetch) never leaks into the next.
    unstubGlobals: true,
    // Both cores (vitest's default leaves one free), and one environment per worker instead of one
    // per file: a fresh jsdom and a fresh module graph per file were two thirds of the suite's time
    // (145 s against 42 s on two cores). Each test starts clean all the same: setup.ts unmounts what
    // a test rendered and resets the store and the notices after every test, and every panel test
    // makes its own QueryClient.
    maxWorkers: 2,
    isolate: false,
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: unitFiles.node } },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: unitFiles.dom } },
    ],
  },
});
