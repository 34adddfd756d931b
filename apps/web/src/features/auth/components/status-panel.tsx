import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../../components/ui/icon';

interface StatusPanelProps {
  icon: IconName;
  tone?: 'neutral' | 'success' | 'error';
  /** Left out when the page's own heading already says it. */
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** The outcome of an auth step (mail sent, address confirmed, link expired) with the way forward. */
export function StatusPanel({ icon, tone = 'neutral', title, children, actions }: StatusPanelProps) {
  return (
    <div className="status-panel" role="status">
      <span className={`status-panel__icon status-panel__icon--${tone}`}>
        <Icon name={icon} size={28} />
      </span>
      {title && <h2>{title}</h2>}
      {children}
      {actions && <div className="cluster">{actions}</div>}
    </div>
  );
}
