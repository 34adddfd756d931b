import { useSearchParams } from 'react-router';
import type { z } from 'zod';

type Schemas = Record<string, z.ZodType>;
export type FiltersOf<S extends Schemas> = { [K in keyof S]?: z.output<S[K]> };

/** Reads the filters from search params, dropping any a hand-edited or outdated link got wrong. */
export function filtersFromParams<S extends Schemas>(schemas: S, params: URLSearchParams): FiltersOf<S> {
  const filters: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filters[name] = parsed.data;
  }
  return filters as FiltersOf<S>;
}

/** Writes filters as search params in a stable order, leaving out empty ones, so links stay short. */
export function filtersToParams<S extends Schemas>(schemas: S, filters: FiltersOf<S>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(schemas)) {
    const value = filters[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(name, String(value));
  }
  return params;
}

/**
 * Filters whose state lives in the URL, so a filtered list can be shared and the back button
 * returns to the previous filters. Each change is a new history entry.
 */
export function useUrlFilters<S extends Schemas>(schemas: S) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(schemas, params);
  const setFilters = (next: FiltersOf<S>) => setParams(filtersToParams(schemas, next));
  const setFilter = <K extends keyof S & string>(name: K, value: z.output<S[K]> | undefined) =>
    setFilters({ ...filters, [name]: value });
  return { filters, setFilters, setFilter, active: Object.keys(filters).length > 0 };
}
