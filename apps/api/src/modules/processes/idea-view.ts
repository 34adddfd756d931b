import type { ContentPerson, Idea, IdeaSummary } from '@open-spaces/contracts';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import type { AnswerRow, IdeaRow, IdeaSummaryRow, UpdateRow } from './ideas.repository';
import { ideaEditRefusal, isSuccessful } from './process-phases';

function authorOf(row: IdeaSummaryRow, storage: FileStorage): ContentPerson | null {
  if (row.author_handle === null || row.author_name === null) return null;
  return {
    handle: row.author_handle,
    displayName: row.author_name,
    avatar: imageUrls(storage, row.author_avatar_key),
  };
}

export function toIdeaSummary(row: IdeaSummaryRow, storage: FileStorage): IdeaSummary {
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    topics: row.topics,
    city: row.city,
    country: row.country,
    author: authorOf(row, storage),
    supportsCount: row.supports_count,
    successful: isSuccessful(row.supports_count, row.support_threshold),
    answerState: row.answer_state,
    supportedByMe: row.supported_by_me,
    createdAt: row.created_at.toISOString(),
  };
}

export function toIdea(
  row: IdeaRow,
  context: {
    viewerId: string | null;
    canOrganise: boolean;
    answer: AnswerRow | null;
    updates: UpdateRow[];
    storage: FileStorage;
  },
): Idea {
  const mine = context.viewerId !== null && row.author_id === context.viewerId;
  const { answer } = context;
  const published =
    answer?.published_state && answer.published_at
      ? {
          state: answer.published_state,
          text: answer.published_text ?? '',
          textHtml: answer.published_text_html ?? '',
          publishedAt: answer.published_at.toISOString(),
        }
      : null;
  return {
    ...toIdeaSummary(row, context.storage),
    body: row.body,
    bodyHtml: row.body_html,
    answer: published,
    answerDraft:
      context.canOrganise && answer ? { state: answer.draft_state, text: answer.draft_text } : null,
    updates: context.updates.map((update) => ({
      id: update.id,
      body: update.body,
      bodyHtml: update.body_html,
      createdAt: update.created_at.toISOString(),
    })),
    canEdit:
      mine &&
      ideaEditRefusal({ supportsCount: row.supports_count, answered: row.answer_state !== null }) === null,
    canOrganise: context.canOrganise,
    mine,
    moderation: mine ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
  };
}
