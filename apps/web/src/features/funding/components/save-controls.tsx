import type { EditableOrganisation, FundingCall } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { errorMessage } from '../../../lib/messages';
import { useSaveFundingCall } from '../api/save-funding-call';
import { useUnsaveFundingCall } from '../api/unsave-funding-call';

/** Save the call for oneself and for each organisation one edits; each button toggles. */
export function SaveControls({
  call,
  organisations,
}: {
  call: FundingCall;
  organisations: EditableOrganisation[];
}) {
  const { t } = useTranslation();
  const save = useSaveFundingCall();
  const unsave = useUnsaveFundingCall();
  const busy = save.isPending || unsave.isPending;
  const toggle = (organisation: string | null, saved: boolean) =>
    (saved ? unsave : save).mutate({ id: call.id, organisation });
  const error = save.error ?? unsave.error;
  return (
    <Card title={t('funding.save.title')} description={t('funding.save.hint')}>
      <div className="cluster">
        <Button
          variant={call.savedByMe ? 'secondary' : 'primary'}
          aria-pressed={call.savedByMe}
          disabled={busy}
          onClick={() => toggle(null, call.savedByMe)}
        >
          {call.savedByMe ? t('funding.save.unsaveForMe') : t('funding.save.forMe')}
        </Button>
        {organisations.map((organisation) => {
          const saved = call.savedForOrganisations.includes(organisation.slug);
          return (
            <Button
              key={organisation.slug}
              variant="secondary"
              aria-pressed={saved}
              disabled={busy}
              onClick={() => toggle(organisation.slug, saved)}
            >
              {saved
                ? t('funding.save.unsaveForOrganisation', { name: organisation.name })
                : t('funding.save.forOrganisation', { name: organisation.name })}
            </Button>
          );
        })}
      </div>
      {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
    </Card>
  );
}
