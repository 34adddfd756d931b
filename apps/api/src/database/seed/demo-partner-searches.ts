import type { EntityManager } from 'typeorm';
import { codesAdmitting } from '../../modules/funding-calls/country-groups';
import { demoCountries } from './countries';

/** How many open calls with partner requirements get a partner search in the demo. */
const SEARCHES = 6;
/** How many open calls for a group of countries (the EU, the EEA …) come to ask for a consortium. */
const CONSORTIUM_CALLS = 4;

/** What a lead typically asks for, by the call's position in the list: roles and competences. */
const ROLES = [
  [
    { role: 'partner', competences: ['research-and-data', 'policy-analysis'] },
    { role: 'associated_partner', competences: ['communications-and-media'] },
  ],
  [{ role: 'partner', competences: ['training-and-facilitation', 'community-organising'] }],
  [
    { role: 'partner', competences: ['digital-security', 'software-development'] },
    { role: 'partner', competences: ['translation'] },
  ],
];

const NOTES = [
  'We lead a three-year project and look for partners who bring field work in another country.',
  'Looking for organisations that run trainings locally; we bring the curriculum and the reporting.',
  'We have the idea and the budget plan; we need partners for the technical work and for outreach.',
];

/**
 * Gives some open calls that require partners a partner search by an eligible organisation,
 * with one partner accepted and one interest waiting, so the consortium builder has a story:
 * coverage with a gap still open, and suggestions to close it. The lead and the interested
 * organisations are public, eligible for the call, from different countries, and each acts
 * through its owner.
 */
export async function seedDemoPartnerSearches(tx: EntityManager): Promise<void> {
  // Few generated calls ask for partners; programmes for a group of countries usually do.
  await tx.query(
    `UPDATE funding_calls SET min_partners = 3, min_countries = 2
      WHERE id IN (SELECT id FROM funding_calls
                    WHERE min_partners IS NULL AND min_countries IS NULL AND hidden_at IS NULL
                      AND (closes_at IS NULL OR closes_at > now())
                      AND EXISTS (SELECT 1 FROM unnest(eligible_countries) code WHERE length(code) > 2)
                    ORDER BY created_at, id LIMIT ${CONSORTIUM_CALLS})`,
  );
  // The codes a call may list that admit each country: itself and its groups.
  const admitting = Object.fromEntries(demoCountries.map(({ code }) => [code, codesAdmitting(code)]));
  await tx.query(
    `WITH calls AS (
       SELECT c.id, c.title, c.eligible_countries, c.eligible_kinds, c.created_at,
              row_number() OVER (ORDER BY c.created_at, c.id) - 1 AS n
         FROM funding_calls c
        WHERE c.hidden_at IS NULL AND (c.closes_at IS NULL OR c.closes_at > now())
          AND (coalesce(c.min_partners, 1) > 1 OR coalesce(c.min_countries, 1) > 1)
        ORDER BY c.created_at, c.id
        LIMIT ${SEARCHES}
     ), eligible AS (
       SELECT c.id AS call_id, o.id AS organisation_id, o.country, m.user_id AS owner_id,
              -- A different lead for each call, the same on every install.
              row_number() OVER (PARTITION BY c.id ORDER BY md5(o.slug || c.title), o.id) AS rank
         FROM calls c
         JOIN organisations o ON o.visibility = 'public' AND o.hidden_at IS NULL
              AND (cardinality(c.eligible_countries) = 0
                   OR c.eligible_countries && ARRAY(SELECT jsonb_array_elements_text($3::jsonb -> o.country)))
              AND (cardinality(c.eligible_kinds) = 0 OR o.kind = ANY (c.eligible_kinds))
         JOIN memberships m ON m.organisation_id = o.id AND m.role = 'owner'
     ), leads AS (
       SELECT e.call_id, e.organisation_id, e.country, e.owner_id, c.n, c.created_at
         FROM eligible e JOIN calls c ON c.id = e.call_id
        WHERE e.rank = 1
     ), searches AS (
       INSERT INTO partner_searches (call_id, organisation_id, author_id, roles, role_names, competences,
                                     note, created_at, updated_at)
       SELECT l.call_id, l.organisation_id, l.owner_id, r.roles,
              ARRAY(SELECT DISTINCT x->>'role' FROM jsonb_array_elements(r.roles) x ORDER BY 1),
              ARRAY(SELECT DISTINCT y FROM jsonb_array_elements(r.roles) x,
                           jsonb_array_elements_text(x->'competences') y ORDER BY 1),
              (($2::text[])[l.n % cardinality($2::text[]) + 1]),
              l.created_at + interval '1 day', l.created_at + interval '1 day'
         FROM leads l
         JOIN LATERAL (SELECT ($1::jsonb)->(l.n % jsonb_array_length($1::jsonb))::int AS roles) r ON true
       RETURNING id, call_id, organisation_id, created_at
     ), candidates AS (
       SELECT s.id AS search_id, e.organisation_id, e.owner_id, s.created_at,
              row_number() OVER (PARTITION BY s.id ORDER BY e.rank) AS pick
         FROM searches s
         JOIN leads l ON l.call_id = s.call_id
         JOIN eligible e ON e.call_id = s.call_id AND e.country <> l.country
     )
     INSERT INTO partner_interests (search_id, organisation_id, author_id, role, note, status,
                                    answered_at, created_at)
     SELECT search_id, organisation_id, owner_id, 'partner',
            CASE pick WHEN 1 THEN 'We run similar work at home and would be glad to join.'
                      ELSE 'Interested: our team has done this for two earlier projects.' END,
            CASE pick WHEN 1 THEN 'accepted' ELSE 'pending' END,
            CASE pick WHEN 1 THEN created_at + interval '3 days' END,
            created_at + (pick || ' days')::interval
       FROM candidates
      WHERE pick <= 2`,
    [JSON.stringify(ROLES), NOTES, JSON.stringify(admitting)],
  );
}
