import type { Idea, Process } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { errorMessage, translate } from '../../../lib/messages';
import { useSupportIdea } from '../api/support-idea';
import { closedMessage } from './process-format';

/** Support or withdraw while a phase takes supports; otherwise say when it opens. */
export function SupportButton({
  idea,
  process,
  signedIn,
}: {
  idea: Idea;
  process: Process;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const support = useSupportIdea(process.id);
  const closed = closedMessage('support', process.windows.support);
  if (closed) return <p className="idea__support-note">{translate(t, closed)}</p>;
  if (!signedIn) return <p className="idea__support-note">{t('processes.signInToSupport')}</p>;
  return (
    <div className="stack">
      {support.isError && <Alert tone="error">{errorMessage(t, support.error)}</Alert>}
      <div>
        <Button
          variant={idea.supportedByMe ? 'secondary' : 'primary'}
          loading={support.isPending}
          aria-pressed={idea.supportedByMe}
          onClick={() => support.mutate({ ideaId: idea.id, supported: !idea.supportedByMe })}
        >
          {idea.supportedByMe ? t('processes.withdrawSupport') : t('processes.support')}
        </Button>
      </div>
      {process.supportLimit !== null && (
        <p className="field__hint">
          {t('processes.supportLimit', { used: process.mine.supports, count: process.supportLimit })}
        </p>
      )}
    </div>
  );
}
