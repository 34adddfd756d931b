import { Button } from './button';
import { TextField } from './text-field';

export interface LinkRow {
  label: string;
  url: string;
}

interface LinkRowsFieldProps {
  links: LinkRow[];
  onChange: (links: LinkRow[]) => void;
  /** The form's id and error for a field path such as `links.0.url`. */
  fieldId: (path: string) => string;
  error: (path: string) => string | undefined;
  max: number;
  /** The address before its label in each row (the label first otherwise). */
  urlFirst?: boolean;
  text: {
    /** The hidden legend of row `count`. */
    row: (count: number) => string;
    label: string;
    url: string;
    remove: string;
    /** The accessible name of row `count`'s remove button. */
    removeRow: (count: number) => string;
    add: string;
  };
}

/**
 * A list of links edited in place: a label and an address per row, each row removable, and a
 * button to add one while there are fewer than `max`. New rows start at `https://`.
 */
export function LinkRowsField({
  links,
  onChange,
  fieldId,
  error,
  max,
  urlFirst = false,
  text,
}: LinkRowsFieldProps) {
  return (
    <>
      {links.map((link, index) => {
        const path = `links.${index}`;
        const set = (next: LinkRow) => onChange(links.map((current, at) => (at === index ? next : current)));
        const label = (
          <TextField
            id={fieldId(`${path}.label`)}
            name={`${path}.label`}
            label={text.label}
            value={link.label}
            error={error(`${path}.label`)}
            onChange={(event) => set({ ...link, label: event.target.value })}
          />
        );
        const url = (
          <TextField
            id={fieldId(`${path}.url`)}
            name={`${path}.url`}
            type="url"
            label={text.url}
            value={link.url}
            error={error(`${path}.url`)}
            onChange={(event) => set({ ...link, url: event.target.value })}
          />
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          <fieldset key={index} className="link-row">
            <legend className="visually-hidden">{text.row(index + 1)}</legend>
            {urlFirst ? url : label}
            {urlFirst ? label : url}
            <Button
              variant="quiet"
              size="small"
              aria-label={text.removeRow(index + 1)}
              onClick={() => onChange(links.filter((_, at) => at !== index))}
            >
              {text.remove}
            </Button>
          </fieldset>
        );
      })}
      {links.length < max && (
        <div>
          <Button
            variant="secondary"
            size="small"
            onClick={() => onChange([...links, { label: '', url: 'https://' }])}
          >
            {text.add}
          </Button>
        </div>
      )}
    </>
  );
}
