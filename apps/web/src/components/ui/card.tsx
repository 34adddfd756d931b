import { type ReactNode, useId } from 'react';

interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A titled section of a page; with a title it is a labelled region for assistive technology. */
export function Card({ title, description, children, className }: CardProps) {
  const titleId = useId();
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={title ? titleId : undefined}
    >
      {(title || description) && (
        <div className="card__header">
          {title && (
            <h2 id={titleId} className="card__title">
              {title}
            </h2>
          )}
          {description && <p className="card__description">{description}</p>}
        </div>
      )}
      {children}
    </section>
  );
}
