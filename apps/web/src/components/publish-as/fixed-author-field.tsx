import type { ContentAuthor } from '@open-spaces/contracts';
import { SelectField } from '../ui/select-field';

interface FixedAuthorFieldProps {
  id: string;
  label: string;
  /** Says why the author cannot be changed. */
  hint: string;
  /** Shown when the author is a person whose name is not known. */
  selfLabel: string;
  author: ContentAuthor;
  value: string;
}

/**
 * Who published something that already exists, where "Publish as" stood when it was new: the
 * organisation or the person, shown but not editable.
 */
export function FixedAuthorField({ id, label, hint, selfLabel, author, value }: FixedAuthorFieldProps) {
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      emptyLabel={author.organisation ? undefined : (author.person?.displayName ?? selfLabel)}
      options={
        author.organisation ? [{ value: author.organisation.slug, label: author.organisation.name }] : []
      }
      value={value}
      disabled
    />
  );
}
