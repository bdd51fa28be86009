import { renderToString } from 'react-dom/server';
import { FIRST_VIEW_FILES } from '@/data/first-view';
import { allDatasets } from '@/data/datasets';
import { validate, type DatasetSpec } from '@/data/load';
import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/data/queries';
import { App } from './App';
import { AppProviders, createQueryClient } from './providers';

/** Parses and validates one file as loadDataset does, and puts it in the cache under its query's key. */
function seed<Raw, Domain>(client: QueryClient, spec: DatasetSpec<Raw, Domain>, text: string): void {
  const parsed = validate(spec.schema, JSON.parse(text));
  if (!parsed.ok) throw new Error(`prerender: ${spec.file}: ${JSON.stringify(parsed.problem)}`);
  client.setQueryData(datasetQuery(spec).queryKey, spec.toDomain(parsed.data));
}

/**
 * The first view as HTML, rendered at build time (scripts/prerender-plugin.mjs, from vite.config.ts) from the
 * dataset files the build ships, for the default address: what the page paints before any script
 * has run. main.tsx then renders the app in its place. Each file is validated as the app validates
 * it; a file that fails stops the build with its name and problem rather than paint a guess.
 */
export function prerenderFirstView(read: (file: string) => string): string {
  const client = createQueryClient();
  for (const file of FIRST_VIEW_FILES) {
    const spec = allDatasets.find((d) => d.file === file) as DatasetSpec<unknown, unknown> | undefined;
    if (!spec) throw new Error(`prerender: no dataset spec for ${file}`);
    seed(client, spec, read(file));
  }
  return renderToString(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}
