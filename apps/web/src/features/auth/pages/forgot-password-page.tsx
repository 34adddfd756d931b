import { ForgotPasswordRequest } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { useZodForm } from '../../../lib/use-zod-form';
import { useForgotPassword } from '../api/forgot-password';
import { StatusPanel } from '../components/status-panel';
import '../components/auth.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useZodForm(ForgotPasswordRequest, { email: '' }, { id: 'forgot-password' });

  return (
    <div className="auth-page">
      <PageHeader title={t('forgotPassword.title')} lead={sentTo ? undefined : t('forgotPassword.lead')} />
      <Card>
        {sentTo ? (
          <StatusPanel
            icon="mail"
            title={t('forgotPassword.sentTitle')}
            actions={
              <ButtonLink to="/sign-in" variant="secondary">
                {t('forgotPassword.backToSignIn')}
              </ButtonLink>
            }
          >
            <p>{t('forgotPassword.sentBody', { email: sentTo })}</p>
          </StatusPanel>
        ) : (
          <>
            <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
            <form
              className="auth-form"
              noValidate
              onSubmit={form.handleSubmit(async (data) => {
                await forgot.mutateAsync(data);
                setSentTo(data.email);
              })}
            >
              <TextField
                {...form.field('email')}
                type="email"
                label={t('forgotPassword.email')}
                autoComplete="email"
                inputMode="email"
                required
              />
              <Button type="submit" loading={form.submitting} block>
                {t('forgotPassword.submit')}
              </Button>
            </form>
            <div className="auth-links">
              <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
