import { lazy, Suspense } from 'react';

// The glossary's links load with the first chart whose title has a term: the first tab's titles
// have none, so the first view carries neither the component nor the glossary's fetch.
const WithTerms = lazy(() => import('@/components/WithTerms').then((m) => ({ default: m.WithTerms })));

/** A chart title whose glossary terms link to their entries; plain text until the links have loaded. */
export function Terms({ text }: { text: string }) {
  return (
    <Suspense fallback={text}>
      <WithTerms text={text} />
    </Suspense>
  );
}
