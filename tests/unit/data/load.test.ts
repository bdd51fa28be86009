import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '@/data/load';
import { schoolsDataset } from '@/data/datasets';
import { fakeFetch } from '../data-files';

async function loadError(overrides: Record<string, string | null>): Promise<DatasetError> {
  try {
    await loadDataset(schoolsDataset, fakeFetch(overrides));
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDataset', () => {
  it('returns the typed, indexed schools, findable by every name the report uses', async () => {
    const schools = await loadDataset(schoolsDataset, fakeFetch());
    expect(schools.list).toHaveLength(29);
    expect(schools.byName.get('兰州石化职业技术学院')?.id).toBe('lz-petrochemical');
    expect(schools.byName.get('甘肃警察职业技术学院')?.nameZh).toBe('甘肃警察职业学院');
  });

  it('names the file and says it is missing', async () => {
    const error = await loadError({ 'schools.json': null });
    expect(error.file).toBe('schools.json');
    expect(error.problem).toEqual({ kind: 'missing', status: 404 });
    expect(error.message).toContain('schools.json');
  });

  it('names the file and the parse problem for malformed JSON', async () => {
    const error = await loadError({ 'schools.json': '{"schools": [' });
    expect(error.problem.kind).toBe('not-json');
    expect(error.message).toMatch(/^schools\.json: not valid JSON/);
  });

  it('names the first field that breaks the schema', async () => {
    const good = JSON.parse(JSON.stringify((await import('../../../public/data/schools.json')).default));
    good.schools[3].tier = 'graduate-school';
    const error = await loadError({ 'schools.json': JSON.stringify(good) });
    expect(error.problem).toMatchObject({ kind: 'invalid', path: 'schools[3].tier' });
  });

  it('treats an HTML page served in place of the file as missing', async () => {
    const htmlFetch = () =>
      Promise.resolve(new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expect(loadDataset(schoolsDataset, htmlFetch)).rejects.toMatchObject({ problem: { kind: 'missing' } });
  });
});
