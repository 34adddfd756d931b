import type { ReactNode } from 'react';
import { Icon } from './icon';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Banners span the page under the header; alerts sit in the content. */
  banner?: boolean;
  className?: string;
}

/** A message in context. Errors are announced at once; the others politely. */
export function Alert({ tone = 'info', title, children, banner = false, className }: AlertProps) {
  const content = (
    <div className="alert__body">
      {title && <h2 className="alert__title">{title}</h2>}
      {children}
    </div>
  );
  return (
    <div
      className={['alert', `alert--${tone}`, banner && 'banner', className].filter(Boolean).join(' ')}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {banner ? (
        <div className="banner__inner">
          <div className="cluster">
            <Icon name={tone} className="alert__icon" />
            {content}
          </div>
        </div>
      ) : (
        <>
          <Icon name={tone} className="alert__icon" />
          {content}
        </>
      )}
    </div>
  );
}
