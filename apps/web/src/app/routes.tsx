import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/pages/account-page';
import { ForgotPasswordPage } from '../features/auth/pages/forgot-password-page';
import { RegisterPage } from '../features/auth/pages/register-page';
import { ResetPasswordPage } from '../features/auth/pages/reset-password-page';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { VerifyEmailPage } from '../features/auth/pages/verify-email-page';
import { sections } from '../features/sections/components/sections';
import { ComingSoonPage } from '../features/sections/pages/coming-soon-page';
import { HomePage } from '../features/sections/pages/home-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { RouteErrorPage } from './route-error-page';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      ...sections.map((section) => ({
        path: section.path,
        element: <ComingSoonPage section={section.id} />,
      })),
      { path: '/register', element: <RegisterPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/verify-email', element: <VerifyEmailPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      {
        path: '/account',
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
