/** The app's own CJK face (a subset of Noto Sans SC, SIL OFL 1.1), shipped in public/fonts. */
export const APP_FONT_FAMILY = 'Gansu Sans';
export const APP_FONT_URL = `${import.meta.env.BASE_URL}fonts/gansu-sans-subset.woff2`;

let embedCss: Promise<string> | null = null;
let registered: Promise<void> | null = null;

/**
 * Adds the app font to the page (FontFace API, font-display swap). Called once the first view has
 * painted, so its swap relayouts a finished page, not one still being built. Resolves when the
 * face has loaded, or failed (the system CJK font then stays). Safe to call again.
 */
export function registerAppFont(): Promise<void> {
  registered ??=
    typeof FontFace === 'undefined' || typeof document === 'undefined' || !('fonts' in document)
      ? Promise.resolve()
      : (async () => {
          const face = new FontFace(APP_FONT_FAMILY, `url(${APP_FONT_URL}) format('woff2')`, { display: 'swap' });
          document.fonts.add(face);
          await face.load();
        })().catch(() => undefined);
  return registered;
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the font'));
    reader.readAsDataURL(blob);
  });
}

/**
 * The @font-face rule with the font inlined, for image export: an exported SVG or PNG must carry
 * its own font so Chinese looks the same on every machine. Fetched once, on the first export.
 */
export function fontEmbedCss(): Promise<string> {
  embedCss ??= fetch(APP_FONT_URL)
    .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`font ${r.status}`))))
    .then(toDataUrl)
    .then(
      (url) =>
        `@font-face { font-family: '${APP_FONT_FAMILY}'; src: url(${url}) format('woff2'); font-display: block; }`,
    )
    .catch(() => '');
  return embedCss;
}

/** Waits until the app font is ready (or known to be missing) before anything is drawn. */
export async function fontsReady(): Promise<void> {
  // An export asked for before the page registered the font must not draw in a fallback face.
  await registerAppFont();
  try {
    await document.fonts.load(`16px '${APP_FONT_FAMILY}'`, '甘肃');
  } catch {
    /* the system CJK font is the fallback */
  }
  await document.fonts.ready;
}
