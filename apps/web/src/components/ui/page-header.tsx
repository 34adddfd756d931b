import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The page's one h1, which also names the browser tab. */
export function PageHeader({
  title,
  lead,
  eyebrow,
}: {
  title: string;
  lead?: ReactNode;
  eyebrow?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      {eyebrow && <div className="page-header__eyebrow">{eyebrow}</div>}
      <h1>{title}</h1>
      {lead && <p className="page-header__lead">{lead}</p>}
    </div>
  );
}
