import { ProposeToolRequest, ToolCategory, ToolPriceModel } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';
import { useProposeTool } from '../api/propose-tool';
import '../components/tools.css';

interface ProposalValues extends Record<string, unknown> {
  name: string;
  slug: string;
  website: string;
  category: string;
  priceModel: string;
  description: string;
  gdprNotes: string;
  languages: string[];
  openSource: boolean;
  selfHostable: boolean;
  hostedInEu: boolean;
}

const initial: ProposalValues = {
  name: '',
  slug: '',
  website: '',
  category: '',
  priceModel: '',
  description: '',
  gdprNotes: '',
  languages: [],
  openSource: false,
  selfHostable: false,
  hostedInEu: false,
};

/** What people type becomes a request; empty choices stay out so the contract names them. */
const toRequest = (values: ProposalValues) => ({
  ...values,
  category: values.category || undefined,
  priceModel: values.priceModel || undefined,
  slug: values.slug.trim().toLowerCase(),
});

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export function ProposeToolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const propose = useProposeTool();
  const form = useContractForm({
    id: 'propose-tool',
    initial,
    schema: ProposeToolRequest,
    toRequest,
    codeFields: { slug_taken: 'slug' },
  });
  const { values, setValue } = form;
  const text = (name: 'name' | 'slug' | 'website') => ({
    id: form.fieldId(name),
    name,
    value: values[name],
    error: form.error(name),
  });

  return (
    <>
      <PageHeader title={t('tools.proposeTitle')} lead={t('tools.proposeLead')} />
      <form
        className="form-stack"
        noValidate
        onSubmit={form.handleSubmit(async (data) => {
          const tool = await propose.mutateAsync(data as ProposeToolRequest);
          await navigate(`/tools/${tool.slug}`);
        })}
      >
        <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
        <Card title={t('tools.form.basics')}>
          <div className="form-stack">
            <TextField
              {...text('name')}
              label={t('tools.form.name')}
              onChange={(event) => {
                const before = slugOf(values.name);
                setValue('name', event.target.value);
                if (values.slug === '' || values.slug === before)
                  setValue('slug', slugOf(event.target.value));
              }}
            />
            <TextField
              {...text('slug')}
              label={t('tools.form.slug')}
              hint={t('tools.form.slugHint')}
              onChange={(event) => setValue('slug', event.target.value)}
            />
            <TextField
              {...text('website')}
              type="url"
              label={t('tools.form.website')}
              onChange={(event) => setValue('website', event.target.value)}
            />
            <SelectField
              id={form.fieldId('category')}
              label={t('tools.category')}
              emptyLabel={t('tools.form.choose')}
              options={ToolCategory.options.map((category) => ({
                value: category,
                label: t(`tools.categories.${category}`),
              }))}
              value={values.category}
              error={form.error('category')}
              onChange={(event) => setValue('category', event.target.value)}
            />
            <SelectField
              id={form.fieldId('priceModel')}
              label={t('tools.priceModel')}
              emptyLabel={t('tools.form.choose')}
              options={ToolPriceModel.options.map((price) => ({
                value: price,
                label: t(`tools.prices.${price}`),
              }))}
              value={values.priceModel}
              error={form.error('priceModel')}
              onChange={(event) => setValue('priceModel', event.target.value)}
            />
            <TextAreaField
              id={form.fieldId('description')}
              label={t('tools.form.description')}
              hint={t('tools.form.descriptionHint')}
              value={values.description}
              error={form.error('description')}
              onChange={(event) => setValue('description', event.target.value)}
            />
          </div>
        </Card>
        <Card title={t('tools.form.privacy')}>
          <div className="form-stack">
            <CheckboxField
              id={form.fieldId('openSource')}
              label={t('tools.flags.openSource')}
              checked={values.openSource}
              onChange={(checked) => setValue('openSource', checked)}
            />
            <CheckboxField
              id={form.fieldId('selfHostable')}
              label={t('tools.flags.selfHostable')}
              checked={values.selfHostable}
              onChange={(checked) => setValue('selfHostable', checked)}
            />
            <CheckboxField
              id={form.fieldId('hostedInEu')}
              label={t('tools.flags.hostedInEu')}
              checked={values.hostedInEu}
              onChange={(checked) => setValue('hostedInEu', checked)}
            />
            <TextAreaField
              id={form.fieldId('gdprNotes')}
              label={t('tools.gdprNotes')}
              hint={t('tools.form.gdprHint')}
              rows={3}
              value={values.gdprNotes}
              error={form.error('gdprNotes')}
              onChange={(event) => setValue('gdprNotes', event.target.value)}
            />
            <ChipPicker
              id={form.fieldId('languages')}
              legend={t('tools.languages')}
              error={form.error('languages')}
              options={taxonomy.options('languages')}
              selected={values.languages}
              onChange={(next) => setValue('languages', next)}
              max={30}
              searchable
            />
          </div>
        </Card>
        <div className="form-actions">
          <Button type="submit" loading={form.submitting}>
            {t('tools.form.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
