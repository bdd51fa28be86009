import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a dataset exactly as the app will fetch it. */
export function readDataFile(file: string): unknown {
  return JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8'));
}

/**
 * A fetch that serves public/data from disk, with optional replacements: a string body is served as
 * is (malformed JSON), null is a missing file (404).
 */
export function fakeFetch(overrides: Record<string, string | null> = {}): typeof fetch {
  const served = (input: RequestInfo | URL): Response => {
    const file = (input instanceof Request ? input.url : input.toString()).split('/').pop() ?? '';
    if (file in overrides) {
      const body = overrides[file];
      if (body === null || body === undefined) return new Response('Not found', { status: 404 });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    }
    try {
      const body = readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8');
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
  return (input: RequestInfo | URL) => Promise.resolve(served(input));
}
