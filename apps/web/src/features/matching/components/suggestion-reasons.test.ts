import type { SuggestionReason } from '@open-spaces/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { taxonomy } from '../../../test/fixtures';
import { reasonText } from './suggestion-reasons';

/** Taxonomy names as `useTaxonomy().name` gives them, from the test fixtures. */
const namesIn =
  (language: 'en' | 'de' | 'fr') =>
  (kind: 'topics' | 'countries' | 'languages' | 'support', value: string) => {
    const entries: { names: Record<string, string>; slug?: string; code?: string }[] = taxonomy[kind];
    return entries.find((entry) => (entry.slug ?? entry.code) === value)?.names[language] ?? value;
  };

const say = (language: 'en' | 'de' | 'fr', reason: SuggestionReason, seeker: string | null = null) =>
  reasonText(i18n.getFixedT(language), namesIn(language), language, reason, { name: 'Marta', seeker });

describe('reasonText', () => {
  it('says both sides of an exchange, for a person and for an organisation', () => {
    const reason: SuggestionReason = {
      kind: 'they_offer_what_you_need',
      support: ['fundraising', 'legal-advice'],
    };
    expect(say('en', reason)).toBe('You need Fundraising and Legal advice, which Marta offers.');
    expect(say('en', reason, 'Green Lab')).toBe(
      'Green Lab needs Fundraising and Legal advice, which Marta offers.',
    );
    expect(say('en', { kind: 'you_offer_what_they_need', support: ['fundraising'] })).toBe(
      'Marta needs Fundraising, which you offer.',
    );
  });

  it('says how close the places are', () => {
    const place = (scope: 'city' | 'country' | 'neighbour' | 'europe'): SuggestionReason => ({
      kind: 'place',
      scope,
      yours: 'DE',
      theirs: scope === 'city' || scope === 'country' ? 'DE' : 'PL',
      city: scope === 'city' ? 'Berlin' : null,
    });
    expect(say('en', place('city'))).toBe('Both are in Berlin.');
    expect(say('en', place('country'))).toBe('Both are in Germany.');
    expect(say('en', place('neighbour'))).toBe('Marta is in Poland, next to Germany.');
    expect(say('en', place('europe'))).toBe('Marta is in Poland, also in Europe.');
  });

  it('names one followed person, or counts them', () => {
    const people = [{ handle: 'ola', label: 'Ola' }];
    expect(say('en', { kind: 'followed_by_people_you_follow', people, count: 1 })).toBe(
      'Ola, whom you follow, follows Marta.',
    );
    expect(say('en', { kind: 'followed_by_people_you_follow', people, count: 3 })).toBe(
      '3 people you follow follow Marta, among them Ola.',
    );
  });

  it('speaks the reader’s language, names and lists included', () => {
    const topics: SuggestionReason = { kind: 'shared_topics', topics: ['climate', 'human-rights'] };
    expect(say('de', topics)).toBe('Beide arbeiten zu Klima und Umwelt und Menschenrechte.');
    expect(say('fr', topics)).toBe('Les deux travaillent sur Climat et environnement et Droits humains.');
    expect(say('fr', { kind: 'shared_languages', languages: ['en'] })).toBe('Les deux parlent Anglais.');
  });
});
