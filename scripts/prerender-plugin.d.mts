import type { Plugin } from 'vite';
export const STALE_GUARD: string;
export const STALE_GUARD_HASH: string;
export function withPrerender(html: string, markup: string): string;
export function prerenderFirstView(options: { alias: Record<string, string>; dataDir?: string }): Plugin;
