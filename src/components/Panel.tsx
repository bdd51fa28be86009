import type { ReactNode } from 'react';

interface PanelProps {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** A titled region of the dashboard. */
export function Panel({ id, title, children, actions }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="panel" id={id} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
