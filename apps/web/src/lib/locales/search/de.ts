import type { searchEn } from './en';

export const searchDe: typeof searchEn = {
  title: 'Suche',
  lead: 'Personen, Organisationen, Beiträge, Veranstaltungen, Förderaufrufe und Werkzeuge, in allen unseren Sprachen.',
  label: 'Open Spaces durchsuchen',
  placeholder: 'Personen, Organisationen, Förderung suchen…',
  prompt: 'Geben Sie einen Namen, einen Ort oder ein Thema ein.',
  empty: 'Nichts passt zu „{{q}}“.',
  emptyFiltered: 'Mit diesen Filtern passt nichts zu „{{q}}“.',
  type: 'Art',
  allTypes: 'Alles',
  types: {
    person: 'Personen',
    organisation: 'Organisationen',
    post: 'Beiträge',
    event: 'Veranstaltungen',
    funding_call: 'Förderaufrufe',
    tool: 'Werkzeuge',
  },
  typeOne: {
    person: 'Person',
    organisation: 'Organisation',
    post: 'Beitrag',
    event: 'Veranstaltung',
    funding_call: 'Förderaufruf',
    tool: 'Werkzeug',
  },
  count: '{{count}}',
  countCapped: '{{count}}+',
  matchedTopic: 'Passendes Thema: {{topics}}',
  queryTopics:
    'Ihre Suche nennt ein Thema: {{topics}}. Inhalte mit diesem Thema sind dabei, in jeder Sprache.',
  suggestions: 'Vorschläge',
  showAll: 'Alle Ergebnisse für „{{q}}“ zeigen',
  noSuggestions: 'Kein Name beginnt so. Mit der Eingabetaste alles durchsuchen.',
  loadMore: 'Weitere Ergebnisse laden',
};
