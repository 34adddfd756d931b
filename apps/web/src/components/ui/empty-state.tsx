import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

export function EmptyState({
  icon,
  title,
  children,
}: {
  icon: IconName;
  title: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="empty-state">
      <Icon name={icon} size={32} className="empty-state__icon" />
      <p className="empty-state__title">{title}</p>
      {children}
    </div>
  );
}
