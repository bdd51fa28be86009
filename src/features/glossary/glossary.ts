import type { GlossaryTerm } from '@/data/domain';

/** Lower-case, without spaces: "1+X 证书" and "1+x证书" find each other. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * The terms a search lets through, in the glossary's order: a term matches when its name or
 * definition, in either language, or one of the report's wordings contains the query. The term
 * the address points at (#glossary-<id>, followed from a link in another view) is always kept.
 */
export function matchingTerms(
  terms: readonly GlossaryTerm[],
  query: string,
  targetId: string | null = null,
): GlossaryTerm[] {
  const q = normalise(query);
  if (q === '') return [...terms];
  return terms.filter(
    (t) =>
      t.id === targetId ||
      [t.termZh, t.termEn, t.definitionZh, t.definitionEn, ...(t.wordings ?? [])].some((s) => normalise(s).includes(q)),
  );
}

/** The anchor another view links to: #glossary-<id>. */
export function glossaryAnchor(id: string): string {
  return `glossary-${id}`;
}
