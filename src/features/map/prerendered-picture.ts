/**
 * What the page's prerendered HTML (scripts/prerender-plugin.mjs) leaves for the app: its map
 * picture, which MapView keeps on screen until Leaflet has drawn, so the map never blinks out when
 * the app replaces the HTML. Nothing when the HTML showed another address than the page's (its
 * guard marked it stale), or when there was none (tests, a build without it).
 */
let picture: Element | null = null;

/** Called by main.tsx before the app replaces the root's prerendered content. */
export function keepPrerenderedPicture(root: Element): void {
  if (document.documentElement.hasAttribute('data-prerender-stale')) return;
  picture = root.querySelector('[data-prerender] [data-map-picture]');
}

/** The kept picture, until `dropPrerenderedPicture`. */
export const prerenderedPicture = (): Element | null => picture;

export function dropPrerenderedPicture(): void {
  picture?.remove();
  picture = null;
}
