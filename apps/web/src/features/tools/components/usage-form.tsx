import type { Tool } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useRemoveToolUsage } from '../api/remove-tool-usage';
import { useSetToolUsage } from '../api/set-tool-usage';

/**
 * "We use it" for the organisations the viewer edits: choose one, write a short note, save.
 * Saving again replaces the note; "remove" takes the organisation off the list.
 */
export function UsageForm({ tool }: { tool: Tool }) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState(tool.usableAs[0]?.slug ?? '');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<'saved' | 'removed' | null>(null);
  const save = useSetToolUsage();
  const remove = useRemoveToolUsage();
  const error = save.error ?? remove.error;

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(null);
        remove.reset();
        save.mutate(
          { slug: tool.slug, organisation, note: note.trim() },
          { onSuccess: () => setSaved('saved') },
        );
      }}
    >
      <SelectField
        id="tool-usage-organisation"
        label={t('tools.usage.organisation')}
        options={tool.usableAs.map((option) => ({ value: option.slug, label: option.name }))}
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      <TextAreaField
        id="tool-usage-note"
        label={t('tools.usage.note')}
        hint={t('tools.usage.noteHint')}
        rows={3}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
      {saved && (
        <p role="status" className="muted">
          {saved === 'saved' ? t('tools.usage.saved') : t('tools.usage.removed')}
        </p>
      )}
      <div className="cluster">
        <Button type="submit" loading={save.isPending} disabled={!organisation}>
          {t('tools.usage.save')}
        </Button>
        <Button
          variant="secondary"
          loading={remove.isPending}
          disabled={!organisation}
          onClick={() => {
            setSaved(null);
            save.reset();
            remove.mutate({ slug: tool.slug, organisation }, { onSuccess: () => setSaved('removed') });
          }}
        >
          {t('tools.usage.remove')}
        </Button>
      </div>
    </form>
  );
}
