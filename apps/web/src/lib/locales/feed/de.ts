import type { Translation } from '../en';

export const feedDe: Translation['feed'] = {
  title: 'Dein Feed',
  lead: 'Was die Menschen, Organisationen und Themen, denen du folgst, und deine Organisationen veröffentlicht haben.',
  itemsTitle: 'Neueste Aktivitäten',
  loadFailed: 'Dein Feed konnte nicht geladen werden.',
  loadMore: 'Ältere Einträge laden',
  newItems_one: '{{count}} neuer Eintrag',
  newItems_other: '{{count}} neue Einträge',
  newItemsMany: 'Mehr als {{count}} neue Einträge',
  showNew: 'Anzeigen',
  empty: 'Dein Feed ist noch leer.',
  emptyHint: 'Folge Menschen, Organisationen und Themen, dann erscheint hier, was sie veröffentlichen.',
  findPeople: 'Menschen zum Folgen finden',
  findOrganisations: 'Organisationen zum Folgen finden',
  findTopics: 'Themen im Personenverzeichnis folgen',
  someone: 'Jemand',
  reasons: {
    person: 'Du folgst {{name}}',
    organisation: 'Du folgst {{name}}',
    topic: 'Thema: {{name}}',
    member_of: 'Deine Organisation {{name}}',
  },
  objects: {
    post: 'einen Beitrag',
    event: 'eine Veranstaltung',
    funding_call: 'eine Förderausschreibung',
    tool: 'ein Werkzeug',
    petition: 'eine Petition',
  },
  verbs: {
    published: '{{who}} hat {{what}} veröffentlicht',
    updated: '{{who}} hat {{what}} aktualisiert',
    postponed: '{{who}} hat {{what}} verschoben',
    cancelled: '{{who}} hat {{what}} abgesagt',
    archived: '{{who}} hat {{what}} archiviert',
  },
};
