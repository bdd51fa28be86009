import type { Lang } from '@/lib/format';

export type Tier = 'undergraduate' | 'junior-college';
export type Ownership = 'public' | 'private';

/** What the user asked for; everything a view shows is derived from this and the data. */
export interface Intent {
  prefecture: string | null;
  tier: Tier | null;
  ownership: Ownership | null;
  schoolType: string | null;
  compared: string[];
  metric: string;
  lang: Lang;
}

export const MAX_COMPARED = 4;

export const defaultIntent: Intent = {
  prefecture: null,
  tier: null,
  ownership: null,
  schoolType: null,
  compared: [],
  metric: 'students',
  lang: 'zh',
};
