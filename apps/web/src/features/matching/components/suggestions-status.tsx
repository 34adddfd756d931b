import type { SuggestionActions } from './use-suggestion-actions';

/** Announces what the last follow or dismissal did, without moving focus. */
export function SuggestionsStatus({ status }: { status: SuggestionActions['status'] }) {
  return (
    <p className={`suggestion-status suggestion-status--${status?.tone ?? 'none'}`} role="status">
      {status?.text ?? ''}
    </p>
  );
}
