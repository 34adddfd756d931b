import { PASSWORD_MIN_LENGTH, RegisterRequest } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { PasswordField, TextField } from '../../../components/ui/text-field';
import { currentLanguage } from '../../../lib/i18n';
import { useZodForm } from '../../../lib/use-zod-form';
import { useRegister } from '../api/register';
import { StatusPanel } from '../components/status-panel';
import '../components/auth.css';

export function RegisterPage() {
  const { t } = useTranslation();
  const register = useRegister();
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  const form = useZodForm(
    RegisterRequest,
    { displayName: '', email: '', password: '' },
    { id: 'register', codeFields: { password_too_common: 'password' } },
  );

  if (registeredEmail) {
    return (
      <div className="auth-page">
        <PageHeader title={t('register.checkInboxTitle')} />
        <Card>
          <StatusPanel
            icon="mail"
            actions={
              <ButtonLink to="/sign-in" variant="primary">
                {t('register.continueToSignIn')}
              </ButtonLink>
            }
          >
            <p>{t('register.checkInboxBody', { email: registeredEmail })}</p>
            <p className="muted">{t('register.checkInboxHint')}</p>
          </StatusPanel>
        </Card>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <PageHeader title={t('register.title')} lead={t('register.lead')} />
      <Card>
        <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
        <form
          className="auth-form"
          noValidate
          onSubmit={form.handleSubmit(async (data) => {
            // The account's mails are written in the language the page is read in.
            await register.mutateAsync({ ...data, locale: currentLanguage() });
            // The answer is the same for a new and a taken address, so the page names the one typed.
            setRegisteredEmail(data.email);
          })}
        >
          <TextField
            {...form.field('displayName')}
            label={t('register.displayName')}
            hint={t('register.displayNameHint')}
            autoComplete="name"
            required
          />
          <TextField
            {...form.field('email')}
            type="email"
            label={t('register.email')}
            hint={t('register.emailHint')}
            autoComplete="email"
            inputMode="email"
            required
          />
          <PasswordField
            {...form.field('password')}
            label={t('register.password')}
            hint={t('register.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
          />
          <Button type="submit" loading={form.submitting} block>
            {t('register.submit')}
          </Button>
        </form>
        <p className="auth-links">
          <span>
            {t('register.haveAccount')} <Link to="/sign-in">{t('register.signInLink')}</Link>
          </span>
        </p>
      </Card>
    </div>
  );
}
