import {
  COUNTED,
  complementaryKinds,
  type OrganisationCandidate,
  type OrganisationTraits,
  type PersonCandidate,
  type PersonTraits,
  placeScopeOf,
  rank,
  scoreOrganisation,
  scorePerson,
  scorePersonForOrganisation,
  WEIGHTS,
} from './scoring';

const nobody: PersonTraits = { offers: [], needs: [], topics: [], languages: [], country: null, city: null };
const seeker = (traits: Partial<PersonTraits>): PersonTraits => ({ ...nobody, ...traits });
const candidate = (traits: Partial<PersonCandidate> = {}): PersonCandidate => ({
  ...nobody,
  key: 'candidate',
  sharedOrganisations: [],
  followedBy: [],
  followedByCount: 0,
  ...traits,
});
const organisation = (traits: Partial<OrganisationTraits> = {}): OrganisationTraits => ({
  kind: 'cso',
  country: 'DE',
  countriesActive: [],
  topics: [],
  offers: [],
  needs: [],
  ...traits,
});
const partner = (traits: Partial<OrganisationCandidate> = {}): OrganisationCandidate => ({
  ...organisation(),
  key: 'partner',
  ...traits,
});

describe('scorePerson', () => {
  describe('each factor alone', () => {
    it('counts what they offer that you need', () => {
      const result = scorePerson(seeker({ needs: ['fundraising'] }), candidate({ offers: ['fundraising'] }));
      expect(result?.score).toBe(WEIGHTS.support);
      expect(result?.reasons).toEqual([{ kind: 'they_offer_what_you_need', support: ['fundraising'] }]);
    });

    it('counts what you offer that they need', () => {
      const result = scorePerson(seeker({ offers: ['translation'] }), candidate({ needs: ['translation'] }));
      expect(result?.score).toBe(WEIGHTS.support);
      expect(result?.reasons).toEqual([{ kind: 'you_offer_what_they_need', support: ['translation'] }]);
    });

    it('counts shared topics', () => {
      const result = scorePerson(
        seeker({ topics: ['migration', 'climate'] }),
        candidate({ topics: ['migration', 'housing'] }),
      );
      expect(result?.score).toBe(WEIGHTS.topic);
      expect(result?.reasons).toEqual([{ kind: 'shared_topics', topics: ['migration'] }]);
    });

    it('counts shared organisations', () => {
      const organisations = [{ slug: 'civic-lab', label: 'Civic Lab' }];
      const result = scorePerson(seeker({}), candidate({ sharedOrganisations: organisations }));
      expect(result?.score).toBe(WEIGHTS.sharedOrganisation);
      expect(result?.reasons).toEqual([{ kind: 'shared_organisations', organisations }]);
    });

    it('counts people you follow who follow them, naming a few and counting all', () => {
      const people = [{ handle: 'ana', label: 'Ana' }];
      const result = scorePerson(seeker({}), candidate({ followedBy: people, followedByCount: 2 }));
      expect(result?.score).toBe(2 * WEIGHTS.followedBy);
      expect(result?.reasons).toEqual([{ kind: 'followed_by_people_you_follow', people, count: 2 }]);
    });

    it('does not suggest anyone for a common language alone', () => {
      expect(scorePerson(seeker({ languages: ['fr'] }), candidate({ languages: ['fr'] }))).toBeNull();
    });

    it('does not suggest anyone for place alone', () => {
      expect(scorePerson(seeker({ country: 'DE' }), candidate({ country: 'DE' }))).toBeNull();
    });

    it('does not suggest someone with nothing in common', () => {
      expect(
        scorePerson(
          seeker({ needs: ['legal-advice'], topics: ['climate'] }),
          candidate({ offers: ['design'], topics: ['housing'] }),
        ),
      ).toBeNull();
    });
  });

  describe('language and place, on top of a substantive reason', () => {
    const topic = { topics: ['migration'] };

    it('adds a common language once, naming every shared one', () => {
      const result = scorePerson(
        seeker({ ...topic, languages: ['fr', 'de', 'en'] }),
        candidate({ ...topic, languages: ['en', 'fr'] }),
      );
      expect(result?.score).toBe(WEIGHTS.topic + WEIGHTS.language);
      expect(result?.reasons).toContainEqual({ kind: 'shared_languages', languages: ['en', 'fr'] });
    });

    it.each([
      ['the same city', { country: 'FR', city: 'Lyon' }, { country: 'FR', city: ' lyon ' }, 'city'],
      ['the same country', { country: 'FR', city: 'Lyon' }, { country: 'FR', city: 'Paris' }, 'country'],
      ['neighbouring countries', { country: 'FR', city: null }, { country: 'BE', city: null }, 'neighbour'],
      ['anywhere in Europe', { country: 'PT', city: null }, { country: 'FI', city: null }, 'europe'],
    ] as const)('scores %s', (_name, mine, theirs, scope) => {
      const result = scorePerson(seeker({ ...topic, ...mine }), candidate({ ...topic, ...theirs }));
      expect(result?.score).toBe(WEIGHTS.topic + WEIGHTS.place[scope]);
      expect(result?.reasons).toContainEqual({
        kind: 'place',
        scope,
        yours: mine.country,
        theirs: theirs.country,
        city: scope === 'city' ? theirs.city : null,
      });
    });

    it('gives no place reason when a country is unknown', () => {
      const result = scorePerson(seeker({ ...topic, country: 'FR' }), candidate({ ...topic }));
      expect(result?.reasons.map((reason) => reason.kind)).toEqual(['shared_topics']);
    });

    it('treats a hidden city (null) as not the same city', () => {
      const result = scorePerson(
        seeker({ ...topic, country: 'FR', city: 'Lyon' }),
        candidate({ ...topic, country: 'FR', city: null }),
      );
      expect(result?.score).toBe(WEIGHTS.topic + WEIGHTS.place.country);
    });
  });

  describe('reciprocity', () => {
    it('adds a bonus when help goes both ways', () => {
      const result = scorePerson(
        seeker({ needs: ['fundraising'], offers: ['translation'] }),
        candidate({ offers: ['fundraising'], needs: ['translation'] }),
      );
      expect(result?.score).toBe(2 * WEIGHTS.support + WEIGHTS.reciprocity);
      expect(result?.reasons).toEqual([
        { kind: 'they_offer_what_you_need', support: ['fundraising'] },
        { kind: 'you_offer_what_they_need', support: ['translation'] },
      ]);
    });

    it('ranks a two-way match above a one-way match with more items', () => {
      const me = seeker({ needs: ['fundraising', 'legal-advice'], offers: ['translation'] });
      const twoWay = candidate({ key: 'b', offers: ['fundraising'], needs: ['translation'] });
      const oneWay = candidate({ key: 'a', offers: ['fundraising', 'legal-advice'] });
      const ranked = rank([scorePerson(me, oneWay), scorePerson(me, twoWay)], 10);
      expect(ranked.map((entry) => entry.candidate.key)).toEqual(['b', 'a']);
    });

    it('caps how many items count, but names them all', () => {
      const support = ['a1', 'a2', 'a3', 'a4', 'a5'];
      const result = scorePerson(seeker({ needs: support }), candidate({ offers: support }));
      expect(result?.score).toBe(WEIGHTS.support * COUNTED.support);
      expect(result?.reasons).toEqual([{ kind: 'they_offer_what_you_need', support }]);
    });

    it('names each shared item once, in code order', () => {
      const result = scorePerson(
        seeker({ topics: ['migration', 'climate', 'migration'] }),
        candidate({ topics: ['climate', 'migration'] }),
      );
      expect(result?.reasons).toEqual([{ kind: 'shared_topics', topics: ['climate', 'migration'] }]);
    });
  });

  it('states every reason of a full match in a fixed order, needs first', () => {
    const result = scorePerson(
      seeker({
        needs: ['fundraising'],
        offers: ['translation'],
        topics: ['migration'],
        languages: ['fr'],
        country: 'FR',
        city: 'Lyon',
      }),
      candidate({
        offers: ['fundraising'],
        needs: ['translation'],
        topics: ['migration'],
        languages: ['fr'],
        country: 'FR',
        city: 'Lyon',
        sharedOrganisations: [{ slug: 'asylum-network', label: 'Asylum Network' }],
        followedBy: [{ handle: 'ana', label: 'Ana' }],
        followedByCount: 1,
      }),
    );
    expect(result?.reasons.map((reason) => reason.kind)).toEqual([
      'they_offer_what_you_need',
      'you_offer_what_they_need',
      'shared_topics',
      'shared_organisations',
      'followed_by_people_you_follow',
      'shared_languages',
      'place',
    ]);
    expect(result?.score).toBe(
      2 * WEIGHTS.support +
        WEIGHTS.reciprocity +
        WEIGHTS.topic +
        WEIGHTS.sharedOrganisation +
        WEIGHTS.followedBy +
        WEIGHTS.language +
        WEIGHTS.place.city,
    );
  });
});

describe('rank', () => {
  const me = seeker({ topics: ['migration'] });

  it('puts the best score first', () => {
    const weak = candidate({ key: 'a', topics: ['migration'] });
    const strong = candidate({ key: 'z', topics: ['migration'], offers: [], followedByCount: 1 });
    const ranked = rank([scorePerson(me, weak), scorePerson(me, strong)], 10);
    expect(ranked.map((entry) => entry.candidate.key)).toEqual(['z', 'a']);
  });

  it('breaks ties by key, whatever the input order', () => {
    const entries = ['c', 'a', 'b'].map((key) => scorePerson(me, candidate({ key, topics: ['migration'] })));
    expect(rank(entries, 10).map((entry) => entry.candidate.key)).toEqual(['a', 'b', 'c']);
    expect(rank([...entries].reverse(), 10).map((entry) => entry.candidate.key)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out candidates not worth showing and keeps at most the limit', () => {
    const entries = [
      scorePerson(me, candidate({ key: 'a', topics: ['migration'] })),
      scorePerson(me, candidate({ key: 'b' })),
      scorePerson(me, candidate({ key: 'c', topics: ['migration'] })),
    ];
    expect(rank(entries, 1).map((entry) => entry.candidate.key)).toEqual(['a']);
    expect(rank(entries, 10)).toHaveLength(2);
  });
});

describe('placeScopeOf', () => {
  it('needs both countries', () => {
    expect(placeScopeOf({ country: null, city: null }, { country: 'DE', city: null })).toBeNull();
  });

  it('does not place a country outside Europe', () => {
    expect(placeScopeOf({ country: 'DE', city: null }, { country: 'US', city: null })).toBeNull();
  });

  it('compares cities only within one country', () => {
    expect(placeScopeOf({ country: 'DE', city: 'Frankfurt' }, { country: 'PL', city: 'Frankfurt' })).toBe(
      'neighbour',
    );
  });

  it('does not take two empty cities for the same one', () => {
    expect(placeScopeOf({ country: 'DE', city: ' ' }, { country: 'DE', city: '' })).toBe('country');
  });
});

describe('scoreOrganisation', () => {
  it('scores complementary offers and needs both ways, with the bonus', () => {
    const result = scoreOrganisation(
      organisation({ needs: ['research'], offers: ['campaigning'] }),
      partner({ offers: ['research'], needs: ['campaigning'], country: 'DE' }),
    );
    expect(result?.reasons.slice(0, 2)).toEqual([
      { kind: 'they_offer_what_you_need', support: ['research'] },
      { kind: 'you_offer_what_they_need', support: ['campaigning'] },
    ]);
  });

  it('counts countries where both are active, including their home countries', () => {
    const result = scoreOrganisation(
      organisation({ topics: ['climate'], country: 'DE', countriesActive: ['PL', 'CZ'] }),
      partner({ topics: ['climate'], country: 'PL', countriesActive: ['DE', 'SK'] }),
    );
    expect(result?.reasons).toContainEqual({ kind: 'shared_countries', countries: ['DE', 'PL'] });
    expect(result?.score).toBe(WEIGHTS.topic + 2 * WEIGHTS.sharedCountry + WEIGHTS.place.neighbour);
  });

  it('adds complementary kinds, two-sided', () => {
    const result = scoreOrganisation(
      organisation({ kind: 'cso', topics: ['climate'], country: 'ES' }),
      partner({ kind: 'research', topics: ['climate'], country: 'FI' }),
    );
    expect(result?.reasons).toContainEqual({ kind: 'complementary_kinds', yours: 'cso', theirs: 'research' });
    expect(result?.score).toBe(WEIGHTS.topic + WEIGHTS.complementaryKinds + WEIGHTS.place.europe);
  });

  it('does not suggest an organisation for kind, place and countries alone', () => {
    expect(
      scoreOrganisation(organisation({ kind: 'cso' }), partner({ kind: 'research', country: 'DE' })),
    ).toBeNull();
  });
});

describe('complementaryKinds', () => {
  it('reads pairs both ways', () => {
    expect(complementaryKinds('research', 'cso')).toBe(true);
    expect(complementaryKinds('cso', 'research')).toBe(true);
  });

  it('does not pair a kind with itself', () => {
    expect(complementaryKinds('cso', 'cso')).toBe(false);
  });
});

describe('scorePersonForOrganisation', () => {
  it('only suggests people who offer what the organisation needs', () => {
    expect(
      scorePersonForOrganisation(
        organisation({ topics: ['climate'], offers: ['training'] }),
        candidate({ topics: ['climate'], needs: ['training'] }),
      ),
    ).toBeNull();
  });

  it('scores their offer, the topics and the place from the countries where it is active', () => {
    const result = scorePersonForOrganisation(
      organisation({
        needs: ['legal-advice'],
        topics: ['migration'],
        country: 'DE',
        countriesActive: ['IT'],
      }),
      candidate({ offers: ['legal-advice'], topics: ['migration'], country: 'IT' }),
    );
    expect(result?.score).toBe(WEIGHTS.support + WEIGHTS.topic + WEIGHTS.place.country);
    expect(result?.reasons).toEqual([
      { kind: 'they_offer_what_you_need', support: ['legal-advice'] },
      { kind: 'shared_topics', topics: ['migration'] },
      { kind: 'place', scope: 'country', yours: 'IT', theirs: 'IT', city: null },
    ]);
  });

  it('measures place from the home country when they live elsewhere', () => {
    const result = scorePersonForOrganisation(
      organisation({ needs: ['legal-advice'], country: 'DE' }),
      candidate({ offers: ['legal-advice'], country: 'AT' }),
    );
    expect(result?.reasons).toContainEqual({
      kind: 'place',
      scope: 'neighbour',
      yours: 'DE',
      theirs: 'AT',
      city: null,
    });
  });
});
