import { z } from 'zod';

/** The languages the product speaks: its names, its pages, and each account's mails. */
export const Locale = z.enum(['en', 'de', 'fr']);
export type Locale = z.infer<typeof Locale>;

export const LocalisedNames = z.object({
  en: z.string().trim().min(1).max(80),
  de: z.string().trim().min(1).max(80),
  fr: z.string().trim().min(1).max(80),
});
export type LocalisedNames = z.infer<typeof LocalisedNames>;

export const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' })
  .min(2)
  .max(60);

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'Use a two-letter ISO 3166-1 country code.' });
export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, { message: 'Use a two-letter ISO 639-1 language code.' });

export const Topic = z.object({ slug: z.string(), names: LocalisedNames, retired: z.boolean() });
export type Topic = z.infer<typeof Topic>;

export const Country = z.object({ code: z.string(), names: LocalisedNames, europe: z.boolean() });
export type Country = z.infer<typeof Country>;

export const Language = z.object({ code: z.string(), names: LocalisedNames });
export type Language = z.infer<typeof Language>;

/** Something people and organisations can offer or need: "legal advice", "translation"... */
export const SupportKind = z.object({ slug: z.string(), names: LocalisedNames });
export type SupportKind = z.infer<typeof SupportKind>;

export const Taxonomy = z.object({
  topics: z.array(Topic),
  countries: z.array(Country),
  languages: z.array(Language),
  support: z.array(SupportKind),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

export const CreateTopicRequest = z.object({ slug: Slug, names: LocalisedNames });
export type CreateTopicRequest = z.input<typeof CreateTopicRequest>;

export const UpdateTopicRequest = z
  .object({ names: LocalisedNames.partial(), retired: z.boolean() })
  .partial()
  .refine((value) => value.names !== undefined || value.retired !== undefined, {
    message: 'Nothing to change.',
  });
export type UpdateTopicRequest = z.input<typeof UpdateTopicRequest>;
