import { ChangePasswordRequest, PASSWORD_MIN_LENGTH } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PasswordField } from '../../../components/ui/text-field';
import { useZodForm } from '../../../lib/use-zod-form';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useZodForm(
    ChangePasswordRequest,
    { currentPassword: '', newPassword: '' },
    {
      id: 'change-password',
      codeFields: { wrong_password: 'currentPassword', password_too_common: 'newPassword' },
    },
  );

  return (
    <Card title={t('changePassword.title')} description={t('changePassword.lead')}>
      <div className="stack-s">
        {changed && <Alert tone="success">{t('changePassword.success')}</Alert>}
        <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
        <form
          className="account-form"
          noValidate
          onSubmit={form.handleSubmit(async (data) => {
            setChanged(false);
            await change.mutateAsync(data);
            form.reset();
            setChanged(true);
          })}
        >
          <PasswordField
            {...form.field('currentPassword')}
            label={t('changePassword.currentPassword')}
            autoComplete="current-password"
            required
          />
          <PasswordField
            {...form.field('newPassword')}
            label={t('changePassword.newPassword')}
            hint={t('changePassword.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
          />
          <div>
            <Button type="submit" loading={form.submitting}>
              {t('changePassword.submit')}
            </Button>
          </div>
        </form>
      </div>
    </Card>
  );
}
