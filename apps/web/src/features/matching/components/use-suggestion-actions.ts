import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/messages';
import { useDismissSuggestion } from '../api/dismiss-suggestion';
import { useFollowSuggestion } from '../api/follow-suggestion';

type Target = 'profile' | 'organisation';

export interface SuggestionActions {
  busy: boolean;
  /** What the last action did, or why it failed, for a polite live region. */
  status: { tone: 'success' | 'error'; text: string } | null;
  follow: (type: Target, target: string, name: string) => void;
  dismiss: (type: Target, target: string, name: string) => void;
}

/** Follow and "not relevant" for the cards of one page; `organisation` is whose suggestions they are. */
export function useSuggestionActions(organisation: string | null): SuggestionActions {
  const { t } = useTranslation();
  const follow = useFollowSuggestion();
  const dismiss = useDismissSuggestion();
  const [status, setStatus] = useState<SuggestionActions['status']>(null);
  const failed = (error: unknown) => setStatus({ tone: 'error', text: errorMessage(t, error) });
  return {
    busy: follow.isPending || dismiss.isPending,
    status,
    follow: (type, target, name) =>
      follow.mutate(
        { type, target },
        {
          onSuccess: () => setStatus({ tone: 'success', text: t('matching.followed', { name }) }),
          onError: failed,
        },
      ),
    dismiss: (type, target, name) =>
      dismiss.mutate(
        { organisation, target: { type, target } },
        {
          onSuccess: () => setStatus({ tone: 'success', text: t('matching.dismissed', { name }) }),
          onError: failed,
        },
      ),
  };
}
