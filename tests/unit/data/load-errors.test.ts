import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { ZodMiniType as ZodType } from 'zod/mini';
import { DatasetError, loadDataset, validate } from '@/data/load';
import { listsDataset, schoolsDataset } from '@/data/datasets';
import { fakeFetch, readDataFile } from '../data-files';

/** The error loadDataset throws for schools.json when `fetchImpl` answers. */
async function schoolsError(fetchImpl: typeof fetch): Promise<DatasetError> {
  try {
    await loadDataset(schoolsDataset, fetchImpl);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

/** A fetch answering every file with `body`, status 200 and `contentType`. */
function answering(body: string, contentType: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': contentType } }));
}

/** schools.json as published, with one school's tier replaced by a value the schema refuses. */
function schoolsWithBadTier(): string {
  const file = readDataFile('schools.json') as { schools: Record<string, unknown>[] };
  const schools = file.schools.map((school, i) => (i === 3 ? { ...school, tier: 'graduate-school' } : school));
  return JSON.stringify({ ...file, schools });
}

describe('a dataset that cannot be used', () => {
  it('is a DatasetError that names the file and says it is missing (HTTP 404)', async () => {
    const error = await schoolsError(fakeFetch({ 'schools.json': null }));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetError');
    expect(String(error)).toBe('DatasetError: schools.json: file not found (HTTP 404)');
    expect(error.message).toBe('schools.json: file not found (HTTP 404)');
    expect(error.file).toBe('schools.json');
    expect(error.problem).toEqual({ kind: 'missing', status: 404 });
  });

  it('says which HTTP status the server answered with', async () => {
    const serverError = () => Promise.resolve(new Response('Internal Server Error', { status: 503 }));
    const error = await schoolsError(serverError);
    expect(error.message).toBe('schools.json: file not found (HTTP 503)');
    expect(error.problem).toEqual({ kind: 'missing', status: 503 });
  });

  it('says the file could not be fetched when the network fails, with the reason', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await schoolsError(offline);
    expect(error.message).toBe('schools.json: could not be fetched (TypeError: Failed to fetch)');
    expect(error.problem).toEqual({ kind: 'unreachable', detail: 'TypeError: Failed to fetch' });
  });

  it('treats the single-page-app fallback (index.html with 200) as a missing file', async () => {
    const error = await schoolsError(answering('<!doctype html><html></html>', 'text/html; charset=utf-8'));
    expect(error.message).toBe('schools.json: file not found (HTTP 404)');
    expect(error.problem).toEqual({ kind: 'missing', status: 404 });
  });

  it('says the file is not valid JSON, with the parser’s reason', async () => {
    const body = '{"schools": [';
    let reason = '';
    try {
      JSON.parse(body);
    } catch (error) {
      reason = (error as Error).message;
    }
    const error = await schoolsError(answering(body, 'application/json'));
    expect(error.message).toBe(`schools.json: not valid JSON (${reason})`);
    expect(error.problem).toEqual({ kind: 'not-json', detail: reason });
  });

  it('names the field that breaks the schema and what is wrong with it', async () => {
    const error = await schoolsError(answering(schoolsWithBadTier(), 'application/json'));
    expect(error.problem).toEqual({ kind: 'invalid', path: 'schools[3].tier', detail: 'Invalid input' });
    expect(error.message).toBe('schools.json: field schools[3].tier: Invalid input');
  });

  it('says (root) when the whole file has the wrong shape', async () => {
    const error = await schoolsError(answering('[]', 'application/json'));
    expect(error.problem).toEqual({ kind: 'invalid', path: '', detail: 'Invalid input' });
    expect(error.message).toBe('schools.json: field (root): Invalid input');
  });
});

describe('a dataset served without a content type', () => {
  it('is read as JSON, not taken for the index.html fallback', async () => {
    const body = new TextEncoder().encode(JSON.stringify(readDataFile('lists.json')));
    const untyped = () => Promise.resolve(new Response(body, { status: 200 }));
    expect((await untyped()).headers.get('content-type')).toBeNull();
    const lists = await loadDataset(listsDataset, untyped);
    expect(lists.byId.get('textbooks')?.id).toBe('textbooks');
  });
});

describe('validate', () => {
  it('returns the data when it passes', () => {
    const schema = z.object({ id: z.string() });
    expect(validate(schema, { id: 'a' })).toEqual({ ok: true, data: { id: 'a' } });
  });

  it('writes a path that starts at an array index without a leading dot', () => {
    const schema = z.array(z.object({ id: z.string().check(z.minLength(1, 'must not be empty')) }));
    expect(validate(schema, [{ id: 'a' }, { id: '' }])).toEqual({
      ok: false,
      problem: { kind: 'invalid', path: '[1].id', detail: 'must not be empty' },
    });
  });

  it('reports a failure that carries no issue as invalid at the root', () => {
    // Zod always says why; a schema that does not still gets a readable message, not a crash.
    const silent = { safeParse: () => ({ success: false, error: { issues: [] } }) } as unknown as ZodType<unknown>;
    const result = validate(silent, {});
    expect(result).toEqual({ ok: false, problem: { kind: 'invalid', path: '', detail: 'invalid' } });
    const error = new DatasetError('lists.json', result.ok ? { kind: 'missing', status: 0 } : result.problem);
    expect(error.message).toBe('lists.json: field (root): invalid');
  });
});

describe('the lists dataset', () => {
  it('is indexed by list id', async () => {
    const lists = await loadDataset(listsDataset, fakeFetch());
    const raw = readDataFile('lists.json') as { lists: { id: string }[] };
    expect(lists.lists.map((l) => l.id)).toEqual(raw.lists.map((l) => l.id));
    expect(lists.byId.get('textbooks')).toBe(lists.lists[0]);
    expect(lists.byId.get('narrative-recognitions')?.id).toBe('narrative-recognitions');
    expect(lists.byId.size).toBe(lists.lists.length);
  });
});
