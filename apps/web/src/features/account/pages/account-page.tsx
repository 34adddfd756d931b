import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { BlockedList } from '../components/blocked-list';
import { CalendarFeedCard } from '../components/calendar-feed-card';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileSummary } from '../components/profile-summary';
import { SessionsList } from '../components/sessions-list';
import '../components/account.css';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('accountPage.title')} lead={t('accountPage.lead')} />
      <div className="account-grid">
        <ProfileSummary />
        <SessionsList />
        <ChangePasswordForm />
        <BlockedList />
        <CalendarFeedCard />
      </div>
    </>
  );
}
