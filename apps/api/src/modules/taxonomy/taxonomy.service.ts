import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CreateTopicRequest,
  FieldError,
  Taxonomy,
  Topic,
  UpdateTopicRequest,
} from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { commonErrors } from '../../common/errors/app.exception';
import { type KnownValues, knownValuesOf, type TaxonomyFieldCheck, unknownValueErrors } from './known-values';
import { allCountries } from './reference/countries';
import { allLanguages } from './reference/languages';
import { SUPPORT_KINDS } from './reference/support-kinds';
import { taxonomyErrors } from './taxonomy.errors';
import { TopicsRepository } from './topics.repository';

/** The taxonomy as served: the object, its JSON and a strong ETag of that JSON. */
export interface TaxonomySnapshot {
  taxonomy: Taxonomy;
  json: string;
  etag: string;
  known: KnownValues;
}

/**
 * Another API process may have changed the topics; after this long a process reloads
 * them even if it was not the one that changed them.
 */
const MAX_SNAPSHOT_AGE_MS = 60_000;

/** What the taxonomy checks in the common shape: the field named after its kind. */
export interface TaxonomyValues {
  topics?: readonly string[];
  countries?: readonly string[];
  languages?: readonly string[];
  support?: readonly string[];
}

/**
 * Owns the taxonomy: curated topics (in the database, edited by site admins) and the
 * static countries, languages and offers/needs vocabulary. Other modules validate the
 * values they store through `assertKnown` / `assertFields`.
 */
@Injectable()
export class TaxonomyService {
  private readonly countries = allCountries();
  private readonly languages = allLanguages();
  private snapshot: { value: Promise<TaxonomySnapshot>; loadedAt: number } | null = null;

  constructor(private readonly topics: TopicsRepository) {}

  /** The taxonomy, computed once and kept until topics change (or it is a minute old). */
  current(): Promise<TaxonomySnapshot> {
    if (!this.snapshot || Date.now() - this.snapshot.loadedAt > MAX_SNAPSHOT_AGE_MS) {
      const value = this.load();
      const entry = { value, loadedAt: Date.now() };
      this.snapshot = entry;
      value.catch(() => {
        if (this.snapshot === entry) this.snapshot = null;
      });
    }
    return this.snapshot.value;
  }

  async createTopic(
    actor: AuthUser,
    input: { slug: string; names: CreateTopicRequest['names'] },
  ): Promise<Topic> {
    assertAdmin(actor);
    const topic = await this.topics.insertLast(input.slug, input.names);
    if (!topic) throw taxonomyErrors.topicExists(input.slug);
    this.snapshot = null;
    return topic;
  }

  async updateTopic(actor: AuthUser, slug: string, changes: UpdateTopicRequest): Promise<Topic> {
    assertAdmin(actor);
    const topic = await this.topics.update(slug, changes);
    if (!topic) throw taxonomyErrors.topicNotFound(slug);
    this.snapshot = null;
    return topic;
  }

  /**
   * Refuses (400 unknown_taxonomy_value) any value not in the taxonomy, naming each bad
   * field as `<prefix><kind>.<index>`, e.g. `topics.2`. New values may not be retired topics;
   * pass the row's current topics as `currentTopics` to let those stay.
   */
  async assertKnown(
    values: TaxonomyValues,
    fieldPrefix = '',
    currentTopics: readonly string[] = [],
  ): Promise<void> {
    await this.assertFields(
      {
        topics: { kind: 'topic', value: values.topics, current: currentTopics },
        countries: { kind: 'country', value: values.countries },
        languages: { kind: 'language', value: values.languages },
        support: { kind: 'support', value: values.support },
      },
      fieldPrefix,
    );
  }

  /** Like `assertKnown`, for fields named as the caller's request names them (`pressTopics`, `country`). */
  async assertFields(checks: Record<string, TaxonomyFieldCheck>, fieldPrefix = ''): Promise<void> {
    const errors = await this.unknownValues(checks, fieldPrefix);
    if (errors.length > 0) throw taxonomyErrors.unknownValues(errors);
  }

  /** The field errors `assertFields` would raise, for callers that merge them with their own. */
  async unknownValues(checks: Record<string, TaxonomyFieldCheck>, fieldPrefix = ''): Promise<FieldError[]> {
    return unknownValueErrors((await this.current()).known, checks, fieldPrefix);
  }

  private async load(): Promise<TaxonomySnapshot> {
    const taxonomy: Taxonomy = {
      topics: await this.topics.findAllInOrder(),
      countries: this.countries,
      languages: this.languages,
      support: [...SUPPORT_KINDS],
    };
    const json = JSON.stringify(taxonomy);
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
    return { taxonomy, json, etag, known: knownValuesOf(taxonomy) };
  }
}

function assertAdmin(actor: AuthUser): void {
  if (actor.role !== 'admin') throw commonErrors.forbidden('Only site admins curate the topics.');
}

/** Whether an If-None-Match header names this strong ETag (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
