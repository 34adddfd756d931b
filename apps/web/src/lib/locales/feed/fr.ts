import type { Translation } from '../en';

export const feedFr: Translation['feed'] = {
  title: 'Votre fil',
  lead: 'Ce qu’ont publié les personnes, organisations et thèmes que vous suivez, et vos organisations.',
  itemsTitle: 'Activité récente',
  loadFailed: 'Votre fil n’a pas pu être chargé.',
  loadMore: 'Charger les éléments plus anciens',
  newItems_one: '{{count}} nouvel élément',
  newItems_other: '{{count}} nouveaux éléments',
  newItemsMany: 'Plus de {{count}} nouveaux éléments',
  showNew: 'Afficher',
  empty: 'Votre fil est encore vide.',
  emptyHint: 'Suivez des personnes, des organisations et des thèmes : ce qu’ils publient apparaîtra ici.',
  findPeople: 'Trouver des personnes à suivre',
  findOrganisations: 'Trouver des organisations à suivre',
  findTopics: 'Suivre des thèmes depuis l’annuaire des personnes',
  someone: 'Quelqu’un',
  reasons: {
    person: 'Vous suivez {{name}}',
    organisation: 'Vous suivez {{name}}',
    topic: 'Thème : {{name}}',
    member_of: 'Votre organisation {{name}}',
  },
  objects: {
    post: 'un article',
    event: 'un événement',
    funding_call: 'un appel à financement',
    tool: 'un outil',
    petition: 'une pétition',
  },
  verbs: {
    published: '{{who}} a publié {{what}}',
    updated: '{{who}} a mis à jour {{what}}',
    postponed: '{{who}} a reporté {{what}}',
    cancelled: '{{who}} a annulé {{what}}',
    archived: '{{who}} a archivé {{what}}',
  },
};
