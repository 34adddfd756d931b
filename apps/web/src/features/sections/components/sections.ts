import type { IconName } from '../../../components/ui/icon';

/** The product's sections; `live` ones have their own pages, the others show "coming soon". */
export const sections = [
  { id: 'people', path: '/people', icon: 'people', live: true },
  { id: 'organisations', path: '/organisations', icon: 'organisation', live: true },
  { id: 'funding', path: '/funding', icon: 'funding', live: true },
  { id: 'events', path: '/events', icon: 'events', live: true },
  { id: 'news', path: '/news', icon: 'news', live: true },
  { id: 'tools', path: '/tools', icon: 'tool', live: true },
  { id: 'cases', path: '/cases', icon: 'case', live: true },
  { id: 'search', path: '/search', icon: 'search', live: true },
] as const satisfies readonly { id: string; path: string; icon: IconName; live: boolean }[];

export type SectionId = (typeof sections)[number]['id'];
