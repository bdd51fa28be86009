import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/chromium.mjs';

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 4317);

/** One preview server of the production build for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await startPreview(PORT);
  project.provide('baseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
