import type { CaseDraft } from '@open-spaces/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/messages';

/**
 * Turns a finished process or petition into a case and opens the case form, where its
 * submitter completes the figures before the moderators read it. The processes and petitions
 * features each pass the mutation of their own route, so this feature knows neither of them.
 */
export function AddToCasesButton({ add }: { add: UseMutationResult<CaseDraft, Error, void> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack-s">
      <div>
        <Button
          variant="secondary"
          size="small"
          loading={add.isPending}
          onClick={() => add.mutate(undefined, { onSuccess: (draft) => navigate(`/cases/${draft.id}/edit`) })}
        >
          {t('cases.fromSource.add')}
        </Button>
      </div>
      <p className="field__hint">{t('cases.fromSource.hint')}</p>
      {add.isError && <Alert tone="error">{errorMessage(t, add.error)}</Alert>}
    </div>
  );
}
