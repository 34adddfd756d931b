import { caseInFeedSql } from '../../modules/cases/cases.repository';
import { eventInFeedSql } from '../../modules/events/events.repository';
import { FeedSources } from '../../modules/feed/feed-sources';
import { callInFeedSql } from '../../modules/funding-calls/funding-calls.repository';
import { petitionInFeedSql } from '../../modules/petitions/petitions.repository';
import { postInFeedSql } from '../../modules/posts/posts.repository';
import { ideaInFeedSql } from '../../modules/processes/ideas.repository';
import { processInFeedSql } from '../../modules/processes/processes.repository';
import { toolInFeedSql } from '../../modules/tools/tools.repository';

/**
 * The content modules' feed rules, registered by hand as the API's modules register them,
 * for the bench tools that run the search module's SQL outside the API.
 */
export function searchFeedSources(): FeedSources {
  const sources = new FeedSources();
  const noSummaries = async () => new Map();
  sources.register({ type: 'post', visibleSql: postInFeedSql, summaries: noSummaries });
  sources.register({ type: 'event', visibleSql: eventInFeedSql, summaries: noSummaries });
  sources.register({ type: 'funding_call', visibleSql: callInFeedSql, summaries: noSummaries });
  sources.register({ type: 'tool', visibleSql: toolInFeedSql, summaries: noSummaries });
  sources.register({ type: 'case', visibleSql: caseInFeedSql, summaries: noSummaries });
  sources.register({ type: 'petition', visibleSql: petitionInFeedSql, summaries: noSummaries });
  sources.register({ type: 'process', visibleSql: processInFeedSql, summaries: noSummaries });
  sources.register({ type: 'idea', visibleSql: ideaInFeedSql, summaries: noSummaries });
  return sources;
}
