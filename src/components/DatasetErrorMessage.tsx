import { DatasetError, type DatasetProblem } from '@/data/load';
import { useT, type Translate } from './use-t';
import type { MessageKey } from '@/lib/i18n';

function problemText(t: Translate, problem: DatasetProblem): string {
  const keys: Record<DatasetProblem['kind'], MessageKey> = {
    missing: 'problemMissing',
    unreachable: 'problemUnreachable',
    'not-json': 'problemNotJson',
    invalid: 'problemInvalid',
  };
  return t(keys[problem.kind], { ...problem, path: 'path' in problem ? problem.path || '(root)' : '' });
}

/** Names the file and its first problem; text only, never markup. */
export function DatasetErrorMessage({ error }: { error: unknown }) {
  const t = useT();
  const text =
    error instanceof DatasetError
      ? t('datasetFailed', { file: error.file, problem: problemText(t, error.problem) })
      : String(error);
  return (
    <p role="alert" className="dataset-error">
      {text}
    </p>
  );
}
