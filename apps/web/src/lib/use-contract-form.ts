import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-client';
import { type Message, translate } from './messages';
import type { SummaryItem } from './use-zod-form';

type Issue = z.core.$ZodIssue;

const lastSegment = (path: string) =>
  path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1) ?? path;

/** A contract issue as a message in the reader's language, specific to the field where we have one. */
export function contractIssueMessage(issue: Issue, field: string, exists: (key: string) => boolean): Message {
  const specific = `validation.format.${lastSegment(field)}`;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'validation.required' };
      if (issue.origin === 'number')
        return { key: 'validation.atLeast', values: { count: Number(issue.minimum) } };
      return { key: 'validation.tooShort', values: { count: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'array')
        return { key: 'validation.tooMany', values: { count: Number(issue.maximum) } };
      if (issue.origin === 'number')
        return { key: 'validation.atMost', values: { count: Number(issue.maximum) } };
      return { key: 'validation.tooLong', values: { count: Number(issue.maximum) } };
    case 'invalid_format':
      return exists(specific) ? { key: specific } : { key: 'validation.invalid' };
    case 'invalid_type':
      return issue.expected === 'number' ? { key: 'validation.number' } : { key: 'validation.required' };
    default:
      return exists(specific) ? { key: specific } : { key: 'validation.invalid' };
  }
}

interface Options<V, O> {
  /** Prefix for the fields' ids, unique on the page. */
  id: string;
  initial: V;
  /** The contract's schema, or a choice of one by the request (e.g. invite by handle or by email). */
  schema: z.ZodType<O> | ((request: unknown) => z.ZodType<O>);
  /** Contract field names shown at another input, e.g. `handle` and `email` both at one box. */
  fieldAliases?: Partial<Record<string, string>>;
  /** Turns what the inputs hold into the request the contract describes. */
  toRequest: (values: V) => unknown;
  /** Error codes the API returns without a field, shown at the field they concern. */
  codeFields?: Partial<Record<string, string>>;
}

/**
 * A form over structured values (lists, flags, nested links) validated live with the contract's
 * schema: a field shows its problems once it has been changed, every field after a submit, and the
 * API's field errors at their fields until they are edited.
 */
export function useContractForm<V extends Record<string, unknown>, O>(options: Options<V, O>) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<V>(options.initial);
  const saved = useRef(JSON.stringify(options.initial));
  const [savedVersion, setSavedVersion] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [apiErrors, setApiErrors] = useState<Record<string, Message>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const request = options.toRequest(values);
  const schema = typeof options.schema === 'function' ? options.schema(request) : options.schema;
  const parsed = schema.safeParse(request);
  const alias = (path: string) => options.fieldAliases?.[path] ?? path;
  const localErrors: Record<string, Message> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = alias(issue.path.map(String).join('.'));
      localErrors[path] ??= contractIssueMessage(issue, path, (key) => i18n.exists(key));
    }
  }

  const fieldId = (path: string) => `${options.id}-${path.replaceAll('.', '-')}`;
  const visible = (path: string) =>
    submitted || [...touched].some((name) => path === name || path.startsWith(`${name}.`));
  const messageFor = (path: string): Message | undefined =>
    apiErrors[path] ?? (visible(path) ? localErrors[path] : undefined);

  function setValue<K extends keyof V & string>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    setTouched((current) => new Set(current).add(name));
    setApiErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([path]) => path !== name && !path.startsWith(`${name}.`)),
      ),
    );
  }

  function showApiError(error: unknown): void {
    const next: Record<string, Message> = {};
    if (isApiError(error)) {
      for (const fieldError of error.fieldErrors) {
        const field = alias(fieldError.field);
        if (next[field]) continue;
        const key = `errors.codes.${fieldError.code}`;
        next[field] = i18n.exists(key) ? { key } : { text: fieldError.message };
      }
      const codeField = options.codeFields?.[error.code];
      if (codeField) next[codeField] = { key: `errors.codes.${error.code}` };
    }
    setApiErrors(next);
    setFormError(Object.keys(next).length > 0 ? null : error);
    setFailedAttempts((count) => count + 1);
  }

  function handleSubmit(onValid: (data: O) => Promise<unknown>) {
    return async (event?: FormEvent<HTMLFormElement>) => {
      event?.preventDefault();
      if (submitting) return;
      setSubmitted(true);
      setFormError(null);
      if (!parsed.success) {
        setFailedAttempts((count) => count + 1);
        return;
      }
      setApiErrors({});
      setSubmitting(true);
      try {
        await onValid(parsed.data);
      } catch (error) {
        showApiError(error);
      } finally {
        setSubmitting(false);
      }
    };
  }

  const errorPaths = [...new Set([...Object.keys(apiErrors), ...Object.keys(localErrors)])].filter((path) =>
    Boolean(messageFor(path)),
  );
  const summary: SummaryItem[] = errorPaths.map((path) => ({
    href: `#${fieldId(path)}`,
    text: translate(t, messageFor(path) as Message),
  }));

  return {
    values,
    setValue,
    fieldId,
    error: (path: string) => {
      const message = messageFor(path);
      return message ? translate(t, message) : undefined;
    },
    summary,
    handleSubmit,
    showApiError,
    submitting,
    formError,
    failedAttempts,
    valid: parsed.success,
    dirty: savedVersion >= 0 && JSON.stringify(values) !== saved.current,
    /** Takes the current (or given) values as the saved state, e.g. after the API accepted them. */
    markSaved: (next: V = values) => {
      saved.current = JSON.stringify(next);
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
      setSavedVersion((version) => version + 1);
    },
  };
}

export type ContractForm<V extends Record<string, unknown>> = ReturnType<typeof useContractForm<V, unknown>>;
