import type { PersonSuggestion } from '@open-spaces/contracts';
import { useTaxonomy } from '../../../lib/taxonomy';
import { SuggestionCard } from './suggestion-card';
import type { SuggestionActions } from './use-suggestion-actions';

/** Suggested people as cards, best first. */
export function PersonSuggestionList({
  items,
  seeker,
  actions,
}: {
  items: PersonSuggestion[];
  seeker: string | null;
  actions: SuggestionActions;
}) {
  const { name } = useTaxonomy();
  return (
    <ul className="suggestion-list">
      {items.map(({ person, reasons }) => (
        <li key={person.handle}>
          <SuggestionCard
            name={person.displayName}
            href={`/people/${person.handle}`}
            image={person.avatar}
            meta={[person.headline, person.city, person.country && name('countries', person.country)]
              .filter(Boolean)
              .join(' · ')}
            reasons={reasons}
            seeker={seeker}
            busy={actions.busy}
            onFollow={() => actions.follow('profile', person.handle, person.displayName)}
            onDismiss={() => actions.dismiss('profile', person.handle, person.displayName)}
          />
        </li>
      ))}
    </ul>
  );
}
