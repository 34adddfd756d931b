import { LoginRequest } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { PasswordField, TextField } from '../../../components/ui/text-field';
import { safeRedirectPath } from '../../../lib/safe-redirect';
import { useSession } from '../../../lib/session';
import { useZodForm } from '../../../lib/use-zod-form';
import { useLogin } from '../api/login';
import '../components/auth.css';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();
  const session = useSession();
  const form = useZodForm(LoginRequest, { email: '', password: '' }, { id: 'sign-in' });
  const next = safeRedirectPath(params.get('next'));

  // Someone already signed in (in another tab, or by pressing Back) has nothing to do here.
  if (session.status === 'signedIn' && !form.submitting) return <Navigate to={next} replace />;

  return (
    <div className="auth-page">
      <PageHeader title={t('signIn.title')} lead={t('signIn.lead')} />
      <Card>
        <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
        <form
          className="auth-form"
          noValidate
          onSubmit={form.handleSubmit(async (data) => {
            await login.mutateAsync(data);
            await navigate(next, { replace: true });
          })}
        >
          <TextField
            {...form.field('email')}
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            inputMode="email"
            required
          />
          <PasswordField
            {...form.field('password')}
            label={t('signIn.password')}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={form.submitting} block>
            {t('signIn.submit')}
          </Button>
        </form>
        <div className="auth-links">
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
          <span>
            {t('signIn.noAccount')} <Link to="/register">{t('signIn.registerLink')}</Link>
          </span>
        </div>
      </Card>
    </div>
  );
}
