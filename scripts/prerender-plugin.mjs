// The first view as HTML in index.html, rendered at build time by src/app/prerender.tsx from the
// dataset files the build ships: the page paints the headline, the map's picture and the charts
// before any script has run, and the app then renders in its place (main.tsx).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The HTML shows the default address. An address with a query (filters, a school, English) shows
 * something else: this line, run before the body is parsed, hides the prerendered view until the
 * app has drawn the right one (app.css). It is inline, so it costs no request and no wait.
 */
export const STALE_GUARD = "if(location.search)document.documentElement.setAttribute('data-prerender-stale','')";

/** The guard's hash for the Content-Security-Policy's script-src, which allows no other inline script. */
export const STALE_GUARD_HASH = `'sha256-${createHash('sha256').update(STALE_GUARD).digest('base64')}'`;

const source = (path) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

const ROOT = '<div id="root"></div>';

/** Puts the rendered markup into the page's root, marked as a picture of the app: inert until the app replaces it. */
export function withPrerender(html, markup) {
  if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no ${ROOT}`);
  return html.replace(ROOT, `<div id="root"><div data-prerender="" inert="">${markup}</div></div>`);
}

export function prerenderFirstView({ alias, dataDir = 'public/data' }) {
  return {
    name: 'prerender-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // The app's modules as Node loads them, through Vite's own transform (TypeScript, JSX, CSS imports).
        const { createServer } = await import('vite');
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          // Stand-ins for what needs a browser: Leaflet's map (its picture stands in) and bars drawn at
          // a measured width (drawn at a few widths instead).
          resolve: {
            alias: [
              { find: /^\.\/LiveMap$/, replacement: source('features/map/PrerenderedMap.tsx') },
              { find: /^\.\/SchoolBars$/, replacement: source('features/report-charts/PrerenderedBars.tsx') },
              ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
            ],
          },
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { prerenderFirstView: render } = await server.ssrLoadModule('/src/app/prerender.tsx');
          const markup = render((file) => readFileSync(`${dataDir}/${file}`, 'utf8'));
          return {
            html: withPrerender(html, markup),
            tags: [{ tag: 'script', children: STALE_GUARD, injectTo: 'head-prepend' }],
          };
        } finally {
          await server.close();
        }
      },
    },
  };
}
