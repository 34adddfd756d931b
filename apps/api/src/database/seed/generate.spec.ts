import { makeFollows, makeReaderFollows, PeopleIndex, READER_FOLLOWS, type SeedFollow } from './generate';
import { createRandom } from './random';

const TOPICS = [
  'climate-and-environment',
  'digital-rights',
  'ageing',
  'housing',
  'migration',
  'culture',
  'health',
];

function people(count: number): PeopleIndex {
  const index = new PeopleIndex();
  for (let i = 0; i < count; i++) index.add(i, i % 3 === 0 ? 'PL' : 'PT');
  return index;
}

const reader = { country: 'PL', topics: ['housing', 'ageing'] };

function readerFollows(seed: number, peopleCount = 2000, organisations = 300, already: SeedFollow[] = []) {
  return makeReaderFollows(
    createRandom(seed),
    0,
    reader,
    people(peopleCount),
    organisations,
    TOPICS,
    already,
  );
}

const byType = (follows: SeedFollow[], type: SeedFollow['type']) => follows.filter((f) => f.type === type);

describe('makeReaderFollows', () => {
  it('follows 50 people, 10 organisations and 5 topics, none twice and never the reader', () => {
    const follows = readerFollows(1);
    expect(byType(follows, 'profile')).toHaveLength(READER_FOLLOWS.people);
    expect(byType(follows, 'organisation')).toHaveLength(READER_FOLLOWS.organisations);
    expect(byType(follows, 'topic')).toHaveLength(READER_FOLLOWS.topics);
    const people = byType(follows, 'profile').map((f) => (f.type === 'profile' ? f.person : -1));
    expect(new Set(people).size).toBe(people.length);
    expect(people).not.toContain(0);
    expect(follows.every((f) => f.follower === 0)).toBe(true);
  });

  it('follows the reader’s own topics first', () => {
    const topics = byType(readerFollows(2), 'topic').map((f) => (f.type === 'topic' ? f.topic : ''));
    expect(topics.slice(0, 2)).toEqual(['housing', 'ageing']);
    expect(topics.every((topic) => TOPICS.includes(topic))).toBe(true);
  });

  it('adds only what the ordinary follows leave missing', () => {
    const ordinary = makeFollows(createRandom(3), 0, reader, people(2000), 300, {
      people: [2, 8],
      organisations: [0, 3],
    });
    const extra = readerFollows(4, 2000, 300, ordinary);
    const all = [...ordinary, ...extra];
    expect(byType(all, 'profile')).toHaveLength(READER_FOLLOWS.people);
    expect(byType(all, 'organisation')).toHaveLength(READER_FOLLOWS.organisations);
    expect(byType(all, 'topic')).toHaveLength(READER_FOLLOWS.topics);
    const keys = all.map((f) => JSON.stringify({ ...f, ageMinutes: 0 }));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follows everyone there is when there are fewer than it wants', () => {
    const follows = readerFollows(5, 8, 3);
    expect(byType(follows, 'profile')).toHaveLength(7);
    expect(byType(follows, 'organisation')).toHaveLength(3);
  });

  it('gives the same follows for the same seed', () => {
    expect(readerFollows(6)).toEqual(readerFollows(6));
    expect(readerFollows(6)).not.toEqual(readerFollows(7));
  });
});
