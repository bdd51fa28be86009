import type { BrowserContext } from 'playwright-core';

export const DIST_DIR: string;
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(viewport?: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; close: () => Promise<void> }>;
export function startPreview(
  port: number,
  options?: { root?: string; dist?: string; timeoutMs?: number },
): Promise<{ url: string; stop: () => Promise<void> }>;
export function untilAnswering(options: {
  url: string;
  name: string;
  child: import('node:child_process').ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
  timeoutMs: number;
}): Promise<void>;
export function freePort(): Promise<number>;
