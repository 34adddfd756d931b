import type { SuggestionReason } from '@open-spaces/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTaxonomy } from '../../../lib/taxonomy';

type Names = ReturnType<typeof useTaxonomy>['name'];

interface Sides {
  /** The suggested person or organisation. */
  name: string;
  /** The organisation the suggestions are for; null when they are the reader's own. */
  seeker: string | null;
}

/**
 * Says one reason in words, in the reader's language: taxonomy values by their names,
 * lists joined the way the language joins them ("a, b and c").
 */
export function reasonText(
  t: TFunction,
  names: Names,
  language: string,
  reason: SuggestionReason,
  { name, seeker }: Sides,
): string {
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const whose = seeker === null ? 'you' : 'organisation';
  switch (reason.kind) {
    case 'they_offer_what_you_need':
      return t(`matching.reasons.${whose}.theyOffer`, {
        items: list(reason.support.map((slug) => names('support', slug))),
        name,
        seeker,
      });
    case 'you_offer_what_they_need':
      return t(`matching.reasons.${whose}.youOffer`, {
        items: list(reason.support.map((slug) => names('support', slug))),
        name,
        seeker,
      });
    case 'shared_topics':
      return t('matching.reasons.topics', {
        items: list(reason.topics.map((slug) => names('topics', slug))),
      });
    case 'shared_languages':
      return t('matching.reasons.languages', {
        items: list(reason.languages.map((code) => names('languages', code))),
      });
    case 'shared_countries':
      return t('matching.reasons.countries', {
        items: list(reason.countries.map((code) => names('countries', code))),
      });
    case 'shared_organisations':
      return t('matching.reasons.organisations', {
        items: list(reason.organisations.map((organisation) => organisation.label)),
      });
    case 'followed_by_people_you_follow':
      return t('matching.reasons.followedBy', {
        people: list(reason.people.map((person) => person.label)),
        count: reason.count,
        name,
      });
    case 'complementary_kinds':
      return t('matching.reasons.organisation.kinds', {
        seeker: seeker ?? '',
        name,
        yours: t(`organisationKinds.${reason.yours}`),
        theirs: t(`organisationKinds.${reason.theirs}`),
      });
    case 'place': {
      const yours = names('countries', reason.yours);
      const theirs = names('countries', reason.theirs);
      if (reason.scope === 'city') return t('matching.reasons.placeCity', { city: reason.city ?? theirs });
      if (reason.scope === 'country') return t('matching.reasons.placeCountry', { country: theirs });
      if (reason.scope === 'neighbour') return t('matching.reasons.placeNeighbour', { name, theirs, yours });
      return t('matching.reasons.placeEurope', { name, theirs });
    }
  }
}

/** A suggestion's reasons as a list of sentences, named for screen readers by whom it is about. */
export function SuggestionReasons({ reasons, name, seeker }: Sides & { reasons: SuggestionReason[] }) {
  const { t, i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <ul className="suggestion__reasons" aria-label={t('matching.reasonsLabel', { name })}>
      {reasons.map((reason) => (
        <li key={reason.kind}>{reasonText(t, taxonomy.name, language, reason, { name, seeker })}</li>
      ))}
    </ul>
  );
}
