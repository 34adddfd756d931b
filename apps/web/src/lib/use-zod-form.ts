import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from './api-client';
import { type Message, translate } from './messages';

type Issue = z.core.$ZodIssue;

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Turns a contract's validation issue into a message in the reader's language. */
function issueMessage(issue: Issue, value: string, field: string, exists: (key: string) => boolean): Message {
  if (value.trim() === '') {
    const specific = `validation.required${capitalise(field)}`;
    return { key: exists(specific) ? specific : 'validation.required' };
  }
  switch (issue.code) {
    case 'too_small':
      return { key: 'validation.tooShort', values: { count: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.tooLong', values: { count: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

export interface FieldProps {
  id: string;
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

export interface SummaryItem {
  href: string;
  text: string;
}

interface Options<K extends string> {
  /** Prefix for the fields' ids, unique on the page. */
  id: string;
  /** Error codes the API returns without a field, shown at the field they concern. */
  codeFields?: Partial<Record<string, NoInfer<K>>>;
}

/**
 * A form validated with the same contract schema as the API, which also shows the field errors
 * the API returns. Messages stay untranslated until render, so a language switch updates them.
 */
export function useZodForm<K extends string, O>(
  schema: z.ZodType<O, Record<NoInfer<K>, string>>,
  initialValues: Record<K, string>,
  options: Options<K>,
) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<K, Message>>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  const isField = (name: string): name is K => Object.hasOwn(initialValues, name);
  const fieldId = (name: K) => `${options.id}-${name}`;

  function showApiError(error: unknown): void {
    const next: Partial<Record<K, Message>> = {};
    if (isApiError(error)) {
      for (const fieldError of error.fieldErrors) {
        if (!isField(fieldError.field) || next[fieldError.field]) continue;
        const key = `errors.codes.${fieldError.code}`;
        next[fieldError.field] = i18n.exists(key) ? { key } : { text: fieldError.message };
      }
      const codeField = options.codeFields?.[error.code];
      if (codeField) next[codeField] = { key: `errors.codes.${error.code}` };
    }
    setFieldErrors(next);
    setFormError(Object.keys(next).length > 0 ? null : error);
    setFailedAttempts((count) => count + 1);
  }

  function handleSubmit(onValid: (data: O) => Promise<unknown>) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (submitting) return;
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        const next: Partial<Record<K, Message>> = {};
        for (const issue of parsed.error.issues) {
          const name = String(issue.path[0] ?? '');
          if (isField(name) && !next[name]) {
            next[name] = issueMessage(issue, values[name], name, (key) => i18n.exists(key));
          }
        }
        setFieldErrors(next);
        setFormError(null);
        setFailedAttempts((count) => count + 1);
        return;
      }
      setFieldErrors({});
      setFormError(null);
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

  function field(name: K): FieldProps {
    const error = fieldErrors[name];
    return {
      id: fieldId(name),
      name,
      value: values[name],
      error: error ? translate(t, error) : undefined,
      onChange: (event) => {
        const { value } = event.target;
        setValues((current) => ({ ...current, [name]: value }));
        setFieldErrors((current) => ({ ...current, [name]: undefined }));
      },
    };
  }

  const summary: SummaryItem[] = (Object.keys(initialValues) as K[]).flatMap((name) => {
    const error = fieldErrors[name];
    return error ? [{ href: `#${fieldId(name)}`, text: translate(t, error) }] : [];
  });

  return {
    values,
    field,
    handleSubmit,
    showApiError,
    submitting,
    formError,
    summary,
    /** Grows with every failed submit, so the error summary can take focus each time. */
    failedAttempts,
    reset: () => setValues(initialValues),
  };
}
