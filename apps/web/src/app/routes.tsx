import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/pages/account-page';
import { ForgotPasswordPage } from '../features/auth/pages/forgot-password-page';
import { RegisterPage } from '../features/auth/pages/register-page';
import { ResetPasswordPage } from '../features/auth/pages/reset-password-page';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { VerifyEmailPage } from '../features/auth/pages/verify-email-page';
import { BudgetPage } from '../features/budgets/pages/budget-page';
import { BudgetResultsPage } from '../features/budgets/pages/budget-results-page';
import { ManageBudgetPage } from '../features/budgets/pages/manage-budget-page';
import { NewBudgetPage } from '../features/budgets/pages/new-budget-page';
import { ProcessBudgetsPage } from '../features/budgets/pages/process-budgets-page';
import { CasePage } from '../features/cases/pages/case-page';
import { CaseReviewQueuePage } from '../features/cases/pages/case-review-queue-page';
import { CasesPage } from '../features/cases/pages/cases-page';
import { EditCasePage } from '../features/cases/pages/edit-case-page';
import { MyCasesPage } from '../features/cases/pages/my-cases-page';
import { NewCasePage } from '../features/cases/pages/new-case-page';
import { EditEventPage } from '../features/events/pages/edit-event-page';
import { EventPage } from '../features/events/pages/event-page';
import { EventsDirectoryPage } from '../features/events/pages/events-directory-page';
import { NewEventPage } from '../features/events/pages/new-event-page';
import { CallsForOrganisationPage } from '../features/funding/pages/calls-for-organisation-page';
import { EditFundingCallPage } from '../features/funding/pages/edit-funding-call-page';
import { FundingCallPage } from '../features/funding/pages/funding-call-page';
import { FundingDirectoryPage } from '../features/funding/pages/funding-directory-page';
import { NewFundingCallPage } from '../features/funding/pages/new-funding-call-page';
import { PartnerSearchPage } from '../features/funding/pages/partner-search-page';
import { PartnerSearchesPage } from '../features/funding/pages/partner-searches-page';
import { SavedFundingCallsPage } from '../features/funding/pages/saved-funding-calls-page';
import { OrganisationSuggestionsPage } from '../features/matching/pages/organisation-suggestions-page';
import { PersonSuggestionsPage } from '../features/matching/pages/person-suggestions-page';
import { ContactRequestsPage } from '../features/messaging/pages/contact-requests-page';
import { ConversationPage } from '../features/messaging/pages/conversation-page';
import { ExpertsPage } from '../features/messaging/pages/experts-page';
import { MessagesPage } from '../features/messaging/pages/messages-page';
import { AuditLogPage } from '../features/moderation/pages/audit-log-page';
import { ModerationQueuePage } from '../features/moderation/pages/moderation-queue-page';
import { EditPostPage } from '../features/news/pages/edit-post-page';
import { MyPostsPage } from '../features/news/pages/my-posts-page';
import { NewPostPage } from '../features/news/pages/new-post-page';
import { NewsPage } from '../features/news/pages/news-page';
import { PostPage } from '../features/news/pages/post-page';
import { NotificationSettingsPage } from '../features/notifications/pages/notification-settings-page';
import { NotificationsPage } from '../features/notifications/pages/notifications-page';
import { UnsubscribePage } from '../features/notifications/pages/unsubscribe-page';
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
import { ConfirmSignaturePage } from '../features/petitions/pages/confirm-signature-page';
import { EditPetitionPage } from '../features/petitions/pages/edit-petition-page';
import { MyPetitionsPage } from '../features/petitions/pages/my-petitions-page';
import { NewPetitionPage } from '../features/petitions/pages/new-petition-page';
import { PetitionPage } from '../features/petitions/pages/petition-page';
import { PetitionsPage } from '../features/petitions/pages/petitions-page';
import { EditProcessPage } from '../features/processes/pages/edit-process-page';
import { IdeaPage } from '../features/processes/pages/idea-page';
import { NewProcessPage } from '../features/processes/pages/new-process-page';
import { ProcessPage } from '../features/processes/pages/process-page';
import { ProcessesPage } from '../features/processes/pages/processes-page';
import { SearchPage } from '../features/search/pages/search-page';
import { sections } from '../features/sections/components/sections';
import { ComingSoonPage } from '../features/sections/pages/coming-soon-page';
import { PendingToolsPage } from '../features/tools/pages/pending-tools-page';
import { ProposeToolPage } from '../features/tools/pages/propose-tool-page';
import { ToolPage } from '../features/tools/pages/tool-page';
import { ToolsDirectoryPage } from '../features/tools/pages/tools-directory-page';
import { HomeRoute } from './home-route';
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
      { index: true, element: <HomeRoute /> },
      { path: '/people', element: <PeopleDirectoryPage /> },
      { path: '/people/:handle', element: <ProfilePage /> },
      { path: '/people/:handle/followers', element: <FollowersPage /> },
      { path: '/people/:handle/following', element: <FollowingPage /> },
      { path: '/organisations', element: <OrganisationsDirectoryPage /> },
      { path: '/organisations/new', element: signedIn(<NewOrganisationPage />) },
      { path: '/organisations/:slug', element: <OrganisationPage /> },
      { path: '/organisations/:slug/followers', element: <OrganisationFollowersPage /> },
      { path: '/organisations/:slug/manage', element: signedIn(<ManageOrganisationPage />) },
      { path: '/news', element: <NewsPage /> },
      { path: '/news/new', element: signedIn(<NewPostPage />) },
      { path: '/news/mine', element: signedIn(<MyPostsPage />) },
      { path: '/news/:slug', element: <PostPage /> },
      { path: '/news/:slug/edit', element: signedIn(<EditPostPage />) },
      { path: '/events', element: <EventsDirectoryPage /> },
      { path: '/events/new', element: signedIn(<NewEventPage />) },
      { path: '/events/:id', element: <EventPage /> },
      { path: '/events/:id/edit', element: signedIn(<EditEventPage />) },
      { path: '/processes', element: <ProcessesPage /> },
      { path: '/processes/new', element: signedIn(<NewProcessPage />) },
      { path: '/processes/:id', element: <ProcessPage /> },
      { path: '/processes/:id/edit', element: signedIn(<EditProcessPage />) },
      { path: '/ideas/:id', element: <IdeaPage /> },
      { path: '/funding', element: <FundingDirectoryPage /> },
      { path: '/funding/new', element: signedIn(<NewFundingCallPage />) },
      { path: '/funding/saved', element: signedIn(<SavedFundingCallsPage />) },
      { path: '/funding/for/:organisationSlug', element: signedIn(<CallsForOrganisationPage />) },
      { path: '/funding/partner-searches', element: signedIn(<PartnerSearchesPage />) },
      { path: '/funding/partner-searches/:id', element: signedIn(<PartnerSearchPage />) },
      { path: '/funding/:id', element: <FundingCallPage /> },
      { path: '/funding/:id/edit', element: signedIn(<EditFundingCallPage />) },
      { path: '/petitions', element: <PetitionsPage /> },
      { path: '/petitions/new', element: signedIn(<NewPetitionPage />) },
      { path: '/petitions/mine', element: signedIn(<MyPetitionsPage />) },
      { path: '/petitions/confirm', element: <ConfirmSignaturePage /> },
      { path: '/petitions/:id', element: <PetitionPage /> },
      { path: '/petitions/:id/edit', element: signedIn(<EditPetitionPage />) },
      { path: '/processes/:processId/budgets', element: signedIn(<ProcessBudgetsPage />) },
      { path: '/processes/:processId/budgets/new', element: signedIn(<NewBudgetPage />) },
      { path: '/budgets/:id', element: signedIn(<BudgetPage />) },
      { path: '/budgets/:id/results', element: <BudgetResultsPage /> },
      { path: '/budgets/:id/manage', element: signedIn(<ManageBudgetPage />) },
      { path: '/tools', element: <ToolsDirectoryPage /> },
      { path: '/tools/propose', element: signedIn(<ProposeToolPage />) },
      { path: '/tools/pending', element: signedIn(<PendingToolsPage />) },
      { path: '/tools/:slug', element: <ToolPage /> },
      { path: '/cases', element: <CasesPage /> },
      { path: '/cases/new', element: signedIn(<NewCasePage />) },
      { path: '/cases/mine', element: signedIn(<MyCasesPage />) },
      { path: '/cases/review', element: signedIn(<CaseReviewQueuePage />) },
      { path: '/cases/:id', element: <CasePage /> },
      { path: '/cases/:id/edit', element: signedIn(<EditCasePage />) },
      { path: '/search', element: <SearchPage /> },
      { path: '/moderation', element: signedIn(<ModerationQueuePage />) },
      { path: '/moderation/audit', element: signedIn(<AuditLogPage />) },
      { path: '/invitations', element: signedIn(<InvitationsPage />) },
      { path: '/settings/profile', element: signedIn(<ProfileSettingsPage />) },
      { path: '/notifications', element: signedIn(<NotificationsPage />) },
      { path: '/settings/notifications', element: signedIn(<NotificationSettingsPage />) },
      { path: '/unsubscribe', element: <UnsubscribePage /> },
      { path: '/welcome', element: signedIn(<OnboardingPage />) },
      { path: '/experts', element: <ExpertsPage /> },
      { path: '/contact-requests', element: signedIn(<ContactRequestsPage />) },
      { path: '/messages', element: signedIn(<MessagesPage />) },
      { path: '/messages/:id', element: signedIn(<ConversationPage />) },
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
      { path: '/people/suggestions', element: signedIn(<PersonSuggestionsPage />) },
      { path: '/organisations/:slug/suggestions', element: signedIn(<OrganisationSuggestionsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
