/**
 * The dataset files the first screen draws from (headline, map, per-school chart, their data-note
 * marks). index.html preloads them (a plugin in vite.config.ts writes the links) and main.tsx puts
 * them in the query cache before the first render, so the app renders once with its data instead of
 * once per file. No imports: vite.config.ts reads this at build time.
 */
export const FIRST_VIEW_FILES = [
  'schools.json',
  'prefectures.json',
  'school-figures.json',
  'province.json',
  'data-notes.json',
  'gansu-prefectures.topo.json',
] as const;
