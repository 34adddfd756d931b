import { PASSWORD_MIN_LENGTH, ResetPasswordRequest } from '@open-spaces/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { PasswordField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useZodForm } from '../../../lib/use-zod-form';
import { useResetPassword } from '../api/reset-password';
import { StatusPanel } from '../components/status-panel';
import '../components/auth.css';

const linkProblems = new Set(['invalid_token', 'token_expired']);

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tokenValid = ResetPasswordRequest.shape.token.safeParse(token).success;
  const reset = useResetPassword();
  const [done, setDone] = useState(false);
  const form = useZodForm(
    ResetPasswordRequest,
    { token, password: '' },
    { id: 'reset-password', codeFields: { password_too_common: 'password' } },
  );
  const linkProblem = isApiError(form.formError) && linkProblems.has(form.formError.code);

  const requestNew = (
    <ButtonLink to="/forgot-password" variant="secondary">
      {t('resetPassword.requestNew')}
    </ButtonLink>
  );

  let content: ReactNode;
  if (done) {
    content = (
      <StatusPanel
        icon="success"
        tone="success"
        title={t('resetPassword.successTitle')}
        actions={<ButtonLink to="/sign-in">{t('resetPassword.signIn')}</ButtonLink>}
      >
        <p>{t('resetPassword.successBody')}</p>
      </StatusPanel>
    );
  } else if (!tokenValid || linkProblem) {
    content = (
      <StatusPanel
        icon="error"
        tone="error"
        title={linkProblem ? errorMessage(t, form.formError) : t('resetPassword.missingToken')}
        actions={requestNew}
      />
    );
  } else {
    content = (
      <>
        <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
        <Alert tone="info">{t('resetPassword.lead')}</Alert>
        <form
          className="auth-form"
          noValidate
          onSubmit={form.handleSubmit(async (data) => {
            await reset.mutateAsync(data);
            setDone(true);
          })}
        >
          <PasswordField
            {...form.field('password')}
            label={t('resetPassword.password')}
            hint={t('resetPassword.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
          />
          <Button type="submit" loading={form.submitting} block>
            {t('resetPassword.submit')}
          </Button>
        </form>
      </>
    );
  }

  return (
    <div className="auth-page">
      <PageHeader title={t('resetPassword.title')} />
      <Card>{content}</Card>
    </div>
  );
}
