import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/pages/account-page';
import { ForgotPasswordPage } from '../features/auth/pages/forgot-password-page';
import { RegisterPage } from '../features/auth/pages/register-page';
import { ResetPasswordPage } from '../features/auth/pages/reset-password-page';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { VerifyEmailPage } from '../features/auth/pages/verify-email-page';
import { AuditLogPage } from '../features/moderation/pages/audit-log-page';
import { ModerationQueuePage } from '../features/moderation/pages/moderation-queue-page';
import { InvitationsPage } from '../features/organisations/pages/invitations-page';
import { ManageOrganisationPage } from '../features/organisations/pages/manage-organisation-page';
import { NewOrganisationPage } from '../features/organisations/pages/new-organisation-page';
import { OrganisationFollowersPage } from '../features/organisations/pages/organisation-followers-page';
import { OrganisationPage } from '../features/organisations/pages/organisation-page';
import { OrganisationsDirectoryPage } from '../features/organisations/pages/organisations-directory-page';
import { FollowersPage } from '../features/people/pages/followers-page';
import { FollowingPage } from '../features/people/pages/following-page';
import { OnboardingPage } from '../features/people/pages/onboarding-page';
import { PeopleDirectoryPage } from '../features/people/pages/people-directory-page';
import { ProfilePage } from '../features/people/pages/profile-page';
import { ProfileSettingsPage } from '../features/people/pages/profile-settings-page';
import { sections } from '../features/sections/components/sections';
import { ComingSoonPage } from '../features/sections/pages/coming-soon-page';
import { HomePage } from '../features/sections/pages/home-page';
import { PendingToolsPage } from '../features/tools/pages/pending-tools-page';
import { ProposeToolPage } from '../features/tools/pages/propose-tool-page';
import { ToolPage } from '../features/tools/pages/tool-page';
import { ToolsDirectoryPage } from '../features/tools/pages/tools-directory-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { RouteErrorPage } from './route-error-page';

const signedIn = (page: ReactElement) => <RequireAuth>{page}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '/people', element: <PeopleDirectoryPage /> },
      { path: '/people/:handle', element: <ProfilePage /> },
      { path: '/people/:handle/followers', element: <FollowersPage /> },
      { path: '/people/:handle/following', element: <FollowingPage /> },
      { path: '/organisations', element: <OrganisationsDirectoryPage /> },
      { path: '/organisations/new', element: signedIn(<NewOrganisationPage />) },
      { path: '/organisations/:slug', element: <OrganisationPage /> },
      { path: '/organisations/:slug/followers', element: <OrganisationFollowersPage /> },
      { path: '/organisations/:slug/manage', element: signedIn(<ManageOrganisationPage />) },
      { path: '/tools', element: <ToolsDirectoryPage /> },
      { path: '/tools/propose', element: signedIn(<ProposeToolPage />) },
      { path: '/tools/pending', element: signedIn(<PendingToolsPage />) },
      { path: '/tools/:slug', element: <ToolPage /> },
      { path: '/moderation', element: signedIn(<ModerationQueuePage />) },
      { path: '/moderation/audit', element: signedIn(<AuditLogPage />) },
      { path: '/invitations', element: signedIn(<InvitationsPage />) },
      { path: '/settings/profile', element: signedIn(<ProfileSettingsPage />) },
      { path: '/welcome', element: signedIn(<OnboardingPage />) },
      ...sections
        .filter((section) => !section.live)
        .map((section) => ({
          path: section.path,
          element: <ComingSoonPage section={section.id} />,
        })),
      { path: '/register', element: <RegisterPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/verify-email', element: <VerifyEmailPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/account', element: signedIn(<AccountPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
