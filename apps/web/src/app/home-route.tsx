import type { FeedObject } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { SkeletonList } from '../components/ui/skeleton';
import { BudgetCard } from '../features/budgets/components/budget-card';
import { CaseCard } from '../features/cases/components/case-card';
import '../features/budgets/components/budgets.css';
import { EventCard } from '../features/events/components/event-card';
import '../features/cases/components/cases.css';
import { FeedPage } from '../features/feed/pages/feed-page';
import { FundingCallCard } from '../features/funding/components/funding-call-card';
import { PostCard } from '../features/news/components/post-card';
import { PetitionCard } from '../features/petitions/components/petition-card';
import '../features/news/components/news.css';
import '../features/events/components/events.css';
import '../features/funding/components/funding.css';
import '../features/tools/components/tools.css';
import '../features/petitions/components/petitions.css';
import { IdeaCard } from '../features/processes/components/idea-card';
import { ProcessCard } from '../features/processes/components/process-card';
import '../features/processes/components/processes.css';
import { HomePage } from '../features/sections/pages/home-page';
import { ToolCard } from '../features/tools/components/tool-card';
import { useSession } from '../lib/session';

/** Each feed object as the section that owns it draws it in its lists. */
export function renderFeedObject(object: FeedObject) {
  switch (object.type) {
    case 'post':
      return <PostCard post={object} />;
    case 'event':
      return <EventCard event={object} />;
    case 'funding_call':
      return <FundingCallCard call={object} />;
    case 'tool':
      return <ToolCard tool={object} />;
    case 'case':
      return <CaseCard item={object} />;
    case 'petition':
      return <PetitionCard petition={object} />;
    case 'process':
      return <ProcessCard process={object} />;
    case 'idea':
      return <IdeaCard idea={object} />;
    case 'budget':
      return <BudgetCard budget={object} />;
    case 'budget_results':
      return <BudgetCard budget={object} results />;
  }
}

/** `/`: the feed for signed-in people, the welcome page for visitors. */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status === 'loading') return <SkeletonList label={t('common.loading')} />;
  if (session.status === 'signedIn') return <FeedPage renderObject={renderFeedObject} />;
  return <HomePage />;
}
