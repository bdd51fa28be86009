import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  prerenderFirstView,
  STALE_GUARD,
  STALE_GUARD_HASH,
  withPrerender,
} from '../../../scripts/prerender-plugin.mjs';
import { contentSecurityPolicy } from '../../../vite.config';

const alias = { '@': fileURLToPath(new URL('../../../src', import.meta.url)) };

/** Runs the plugin's HTML step as the build does, on a bare page. */
async function render(dataDir?: string) {
  const plugin = prerenderFirstView({ alias, ...(dataDir ? { dataDir } : {}) });
  const hook = plugin.transformIndexHtml as { handler: (html: string) => Promise<{ html: string; tags: unknown[] }> };
  return hook.handler('<html><head></head><body><div id="root"></div></body></html>');
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the first view rendered at build time', () => {
  it('has the headline, the map picture and the per-school bars, and nothing of Leaflet', async () => {
    const { html, tags } = await render();
    expect(html).toContain('<div id="root"><div data-prerender="" inert="">');
    expect(html).toContain('294,013');
    expect(html).toContain('29 所学校（共 29 所）');
    expect(count(html, /data-picture-prefecture=/g)).toBe(14);
    expect(count(html, /data-picture-school=/g)).toBe(29);
    expect(html).not.toMatch(/data-prefecture=|leaflet-container/);
    // The bars at each width, each with the 15 largest schools and their + buttons.
    expect(count(html, /class="school-bars" data-bars-variant="\d+"/g)).toBe(6);
    expect(count(html, /aria-label="加入对比：/g)).toBe(6 * 15);
    expect(html).toContain('兰州石化职业技术大学');
    // Panels below the fold are their placeholders, as in the app's first render.
    expect(count(html, /data-deferred=/g)).toBe(6);
    expect(tags).toEqual([{ tag: 'script', children: STALE_GUARD, injectTo: 'head-prepend' }]);
  }, 30_000);

  it('stops the build, naming the file, when a first-view dataset is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prerender-'));
    cpSync('public/data', dir, { recursive: true });
    writeFileSync(join(dir, 'schools.json'), JSON.stringify({ source: 'x', schools: 'none' }));
    await expect(render(dir)).rejects.toThrow(/schools\.json/);
  }, 30_000);

  it('allows its one inline script by hash, and no other', () => {
    const scripts = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe(`script-src 'self' ${STALE_GUARD_HASH}`);
    expect(STALE_GUARD_HASH).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('puts the markup in the root, and fails on a page without one', () => {
    expect(withPrerender('<div id="root"></div>', '<p>x</p>')).toBe(
      '<div id="root"><div data-prerender="" inert=""><p>x</p></div></div>',
    );
    expect(() => withPrerender('<div id="app"></div>', '')).toThrow(/no <div id="root"><\/div>/);
  });
});
