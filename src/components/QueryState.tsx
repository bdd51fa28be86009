import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DatasetErrorMessage } from './DatasetErrorMessage';
import { useT } from './use-t';

type Results<T extends unknown[]> = { [K in keyof T]: UseQueryResult<T[K]> };

/**
 * Renders children once every dataset a view needs is loaded; otherwise says it is loading, or
 * names each file that failed. Other views are unaffected.
 */
export function QueryState<T extends unknown[]>({
  queries,
  what,
  children,
}: {
  queries: Results<T>;
  what: string;
  children: (...data: T) => ReactNode;
}) {
  const t = useT();
  const failed = queries.filter((q) => q.isError);
  if (failed.length > 0)
    return (
      <>
        {failed.map((q, i) => (
          <DatasetErrorMessage key={i} error={q.error} />
        ))}
      </>
    );
  if (queries.some((q) => q.data === undefined)) {
    return (
      <p className="loading" role="status">
        {t('loading', { what })}
      </p>
    );
  }
  return <>{children(...(queries.map((q) => q.data) as T))}</>;
}
