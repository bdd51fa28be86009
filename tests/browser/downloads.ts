import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Clicks and returns the downloaded file's name and bytes. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expectPng(bytes);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectPng(bytes: Buffer): void {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
}

/**
 * Decodes the PNG in the browser and counts pixel colours: a blank image has one, a chart has
 * many. Returns the share of non-white pixels too.
 */
export async function pngInk(page: Page, bytes: Buffer): Promise<{ colours: number; inked: number }> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let inked = 0;
    for (let i = 0; i < data.length; i += 16) {
      const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
      colours.add(key);
      if (key !== 0xffffff) inked++;
    }
    return { colours: colours.size, inked: inked / (data.length / 16) };
  }, bytes.toString('base64'));
}

/** Runs a tool nobody here wrote on a file, in a folder of its own, and returns what it gives. */
export function withFile<T>(name: string, bytes: Buffer, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'download-'));
  try {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF's text, by poppler's pdftotext. */
export const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

/** Text compared without its white space: PDF text breaks lines where the page did. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
