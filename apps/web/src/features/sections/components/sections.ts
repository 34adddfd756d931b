import type { IconName } from '../../../components/ui/icon';

export const sections = [
  { id: 'people', path: '/people', icon: 'people' },
  { id: 'organisations', path: '/organisations', icon: 'organisation' },
  { id: 'funding', path: '/funding', icon: 'funding' },
  { id: 'events', path: '/events', icon: 'events' },
  { id: 'news', path: '/news', icon: 'news' },
  { id: 'search', path: '/search', icon: 'search' },
] as const satisfies readonly { id: string; path: string; icon: IconName }[];

export type SectionId = (typeof sections)[number]['id'];
