import type { ZodMiniType as ZodType } from 'zod/mini';

export type DatasetProblem =
  | { kind: 'missing'; status: number }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; path: string; detail: string };

/** A dataset that could not be used; names the file and the first problem found. */
export class DatasetError extends Error {
  readonly file: string;
  readonly problem: DatasetProblem;
  constructor(file: string, problem: DatasetProblem) {
    super(`${file}: ${describeProblem(problem)}`);
    this.name = 'DatasetError';
    this.file = file;
    this.problem = problem;
  }
}

export function describeProblem(problem: DatasetProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `file not found (HTTP ${problem.status})`;
    case 'unreachable':
      return `could not be fetched (${problem.detail})`;
    case 'not-json':
      return `not valid JSON (${problem.detail})`;
    case 'invalid':
      return `field ${problem.path || '(root)'}: ${problem.detail}`;
  }
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problem: DatasetProblem };

/** Validates parsed JSON against a schema; reports the first issue with its path. */
export function validate<T>(schema: ZodType<T>, raw: unknown): ParseResult<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const path = issue
    ? issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : '';
  return { ok: false, problem: { kind: 'invalid', path, detail: issue?.message ?? 'invalid' } };
}

export interface DatasetSpec<Raw, Domain> {
  file: string;
  schema: ZodType<Raw>;
  toDomain: (raw: Raw) => Domain;
}

export function datasetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/** Fetches, parses and validates one dataset file; throws DatasetError naming the file. */
export async function loadDataset<Raw, Domain>(
  spec: DatasetSpec<Raw, Domain>,
  fetchImpl: typeof fetch = fetch,
): Promise<Domain> {
  let response: Response;
  try {
    response = await fetchImpl(datasetUrl(spec.file));
  } catch (error) {
    throw new DatasetError(spec.file, { kind: 'unreachable', detail: String(error) });
  }
  if (!response.ok) throw new DatasetError(spec.file, { kind: 'missing', status: response.status });
  // Single-page-app servers answer an unknown path with index.html and 200: that is a missing file.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new DatasetError(spec.file, { kind: 'missing', status: 404 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch (error) {
    throw new DatasetError(spec.file, {
      kind: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = validate(spec.schema, raw);
  if (!parsed.ok) throw new DatasetError(spec.file, parsed.problem);
  return spec.toDomain(parsed.data);
}
