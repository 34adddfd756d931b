import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';

export interface PartyRow {
  /** The address of an organisation on Open Spaces; when set, the name is not sent. */
  organisation: string;
  name: string;
}

const MAX_PARTIES = 10;

interface PartyRowsProps {
  role: 'organisers' | 'funders';
  rows: PartyRow[];
  onChange: (rows: PartyRow[]) => void;
  fieldId: (path: string) => string;
  error: (path: string) => string | undefined;
}

/** The organisers or funders of a case, one row each: a name, or an organisation on Open Spaces. */
export function PartyRows({ role, rows, onChange, fieldId, error }: PartyRowsProps) {
  const { t } = useTranslation();
  const one = role === 'organisers' ? 'Organiser' : 'Funder';
  return (
    <div className="form-stack">
      <h3>{t(`cases.form.${role}`)}</h3>
      <p className="muted">{t('cases.form.partyHint')}</p>
      {rows.map((row, index) => {
        const path = `${role}.${index}`;
        const setRow = (next: PartyRow) =>
          onChange(rows.map((current, at) => (at === index ? next : current)));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
          <fieldset key={index} className="link-row">
            <legend className="visually-hidden">{t(`cases.form.${role}Number`, { count: index + 1 })}</legend>
            <TextField
              id={fieldId(path)}
              name={`${path}.name`}
              label={t('cases.form.partyName')}
              value={row.name}
              disabled={row.organisation.trim() !== ''}
              error={error(path) ?? error(`${path}.name`)}
              onChange={(event) => setRow({ ...row, name: event.target.value })}
            />
            <TextField
              id={fieldId(`${path}.organisation`)}
              name={`${path}.organisation`}
              label={t('cases.form.partyOrganisation')}
              hint={t('cases.form.partyOrganisationHint')}
              value={row.organisation}
              error={error(`${path}.organisation`)}
              onChange={(event) => setRow({ ...row, organisation: event.target.value })}
            />
            <Button
              variant="quiet"
              size="small"
              aria-label={t(`cases.form.remove${one}Label`, { count: index + 1 })}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              {t('cases.form.remove')}
            </Button>
          </fieldset>
        );
      })}
      {error(role) && <p className="field__error">{error(role)}</p>}
      {rows.length < MAX_PARTIES && (
        <div>
          <Button
            variant="secondary"
            size="small"
            onClick={() => onChange([...rows, { organisation: '', name: '' }])}
          >
            {t(`cases.form.add${one}`)}
          </Button>
        </div>
      )}
    </div>
  );
}
