import type { Visibility } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/ui/radio-group';

/** Who may see the profile, each choice explained in plain words. */
export function VisibilityField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: Visibility;
  onChange: (value: Visibility) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      name="visibility"
      legend={t('profileForm.visibility')}
      error={error}
      value={value}
      onChange={onChange}
      options={(['public', 'members', 'hidden'] as const).map((option) => ({
        value: option,
        label: t(`visibility.${option}`),
        description: t(`visibility.${option}Description`),
      }))}
    />
  );
}
