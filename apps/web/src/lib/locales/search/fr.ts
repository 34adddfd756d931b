import type { searchEn } from './en';

export const searchFr: typeof searchEn = {
  title: 'Recherche',
  lead: 'Personnes, organisations, actualités, événements, appels à financement et outils, dans toutes nos langues.',
  label: 'Rechercher dans Open Spaces',
  placeholder: 'Chercher des personnes, des organisations, des financements…',
  prompt: 'Saisissez un nom, un lieu ou un thème.',
  empty: 'Aucun résultat pour « {{q}} ».',
  emptyFiltered: 'Aucun résultat pour « {{q}} » avec ces filtres.',
  type: 'Type',
  allTypes: 'Tout',
  types: {
    person: 'Personnes',
    organisation: 'Organisations',
    post: 'Actualités',
    event: 'Événements',
    funding_call: 'Appels à financement',
    tool: 'Outils',
  },
  typeOne: {
    person: 'Personne',
    organisation: 'Organisation',
    post: 'Actualité',
    event: 'Événement',
    funding_call: 'Appel à financement',
    tool: 'Outil',
  },
  count: '{{count}}',
  countCapped: '{{count}}+',
  matchedTopic: 'Thème correspondant : {{topics}}',
  queryTopics:
    'Votre recherche nomme un thème : {{topics}}. Les contenus qui en relèvent sont inclus, dans toutes les langues.',
  suggestions: 'Suggestions',
  showAll: 'Voir tous les résultats pour « {{q}} »',
  noSuggestions: 'Aucun nom ne commence ainsi. Appuyez sur Entrée pour tout chercher.',
  loadMore: 'Afficher plus de résultats',
};
