import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../../lib/live';

/** How long a lost connection goes unmentioned: most come back before anyone would notice. */
const GRACE_MS = 3_000;

/**
 * A quiet note while the live connection is lost for more than a moment, announced
 * politely to screen readers; nothing at all when all is well.
 */
export function LiveStatusNote() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (status !== 'reconnecting') {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return shown ? (
    <p className="live-status" role="status">
      {t('app.reconnecting')}
    </p>
  ) : null;
}
