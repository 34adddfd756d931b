import {
  ActivityAudience,
  CreatePostRequest,
  type Post,
  PostKind,
  type PostStatus,
  UpdatePostRequest,
} from '@open-spaces/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PublishAsField } from '../../../components/publish-as/publish-as-field';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useContractForm } from '../../../lib/use-contract-form';

export interface PostFormValues extends Record<string, unknown> {
  kind: string;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  countries: string[];
  language: string;
  audience: ActivityAudience;
  /** The organisation's slug, or '' to publish as oneself. */
  organisation: string;
  slug: string;
}

const emptyValues = (language: string): PostFormValues => ({
  kind: '',
  title: '',
  summary: '',
  body: '',
  topics: [],
  countries: [],
  language,
  audience: 'public',
  organisation: '',
  slug: '',
});

const valuesOf = (post: Post): PostFormValues => ({
  kind: post.kind,
  title: post.title,
  summary: post.summary,
  body: post.body,
  topics: post.topics,
  countries: post.countries,
  language: post.language,
  audience: post.audience,
  organisation: post.author.organisation?.slug ?? '',
  slug: post.slug,
});

const toRequest = (editing: boolean) => (values: PostFormValues) => {
  const { slug, ...rest } = values;
  return {
    ...rest,
    kind: values.kind === '' ? undefined : values.kind,
    organisation: values.organisation === '' ? null : values.organisation,
    ...(editing ? { slug } : {}),
  };
};

interface PostFormProps {
  post?: Post;
  onSubmit: (request: CreatePostRequest, status: PostStatus) => Promise<Post>;
  onSaved: (post: Post) => void;
}

/** Writes a new post, or edits one when given; the buttons save a draft, publish or archive it. */
export function PostForm({ post, onSubmit, onSaved }: PostFormProps) {
  const { t, i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const intent = useRef<PostStatus>('draft');
  const form = useContractForm({
    id: 'post',
    initial: post ? valuesOf(post) : emptyValues(i18n.resolvedLanguage ?? 'en'),
    schema: post ? UpdatePostRequest : CreatePostRequest,
    toRequest: toRequest(Boolean(post)),
    codeFields: { slug_taken: 'slug' },
  });
  const { values, setValue } = form;
  const status = post?.status ?? 'draft';

  const submitAs = (next: PostStatus) => () => {
    intent.current = next;
  };

  return (
    <form
      className="post-form"
      noValidate
      onSubmit={form.handleSubmit(async (data) => {
        const saved = await onSubmit(data as CreatePostRequest, intent.current);
        form.markSaved(valuesOf(saved));
        onSaved(saved);
      })}
    >
      <ErrorSummary items={form.summary} error={form.formError} focusKey={form.failedAttempts} />
      <Card title={t('news.editor.basics')}>
        <div className="form-stack">
          <SelectField
            id={form.fieldId('kind')}
            label={t('news.editor.kind')}
            emptyLabel={t('news.editor.choose')}
            options={PostKind.options.map((kind) => ({ value: kind, label: t(`news.kinds.${kind}`) }))}
            value={values.kind}
            error={form.error('kind')}
            required
            onChange={(event) => setValue('kind', event.target.value)}
          />
          <TextField
            id={form.fieldId('title')}
            name="title"
            label={t('news.editor.title')}
            value={values.title}
            error={form.error('title')}
            required
            onChange={(event) => setValue('title', event.target.value)}
          />
          <TextAreaField
            id={form.fieldId('summary')}
            name="summary"
            rows={2}
            label={t('news.editor.summary')}
            hint={t('news.editor.summaryHint')}
            value={values.summary}
            error={form.error('summary')}
            onChange={(event) => setValue('summary', event.target.value)}
          />
          <TextAreaField
            id={form.fieldId('body')}
            name="body"
            rows={14}
            label={t('news.editor.body')}
            hint={t('news.editor.bodyHint')}
            value={values.body}
            error={form.error('body')}
            onChange={(event) => setValue('body', event.target.value)}
          />
          {post && (
            <TextField
              id={form.fieldId('slug')}
              name="slug"
              label={t('news.editor.slug')}
              hint={t('news.editor.slugHint', { slug: values.slug })}
              autoCapitalize="none"
              spellCheck={false}
              value={values.slug}
              error={form.error('slug')}
              onChange={(event) => setValue('slug', event.target.value)}
            />
          )}
        </div>
      </Card>
      <Card title={t('news.editor.reach')}>
        <div className="form-stack">
          <PublishAsField
            id={form.fieldId('organisation')}
            label={t('news.editor.publishAs')}
            selfLabel={t('news.editor.asMyself')}
            noneHint={t('news.editor.publishAsNone')}
            value={values.organisation}
            error={form.error('organisation')}
            current={post?.author.organisation}
            onChange={(organisation) => {
              setValue('organisation', organisation);
              if (organisation === '' && values.audience === 'organisation') setValue('audience', 'public');
            }}
          />
          <RadioGroup
            id={form.fieldId('audience')}
            name="post-audience"
            legend={t('news.editor.audience')}
            error={form.error('audience')}
            value={values.audience}
            onChange={(audience) => setValue('audience', audience)}
            options={ActivityAudience.options
              .filter((audience) => audience !== 'organisation' || values.organisation !== '')
              .map((audience) => ({ value: audience, label: t(`news.audiences.${audience}`) }))}
          />
          <SelectField
            id={form.fieldId('language')}
            label={t('news.editor.language')}
            options={taxonomy.options('languages')}
            value={values.language}
            error={form.error('language')}
            required
            onChange={(event) => setValue('language', event.target.value)}
          />
          <ChipPicker
            id={form.fieldId('topics')}
            legend={t('news.editor.topics')}
            error={form.error('topics')}
            options={taxonomy.options('topics', values.topics)}
            selected={values.topics}
            onChange={(next) => setValue('topics', next)}
            max={8}
          />
          <ChipPicker
            id={form.fieldId('countries')}
            legend={t('news.editor.countries')}
            error={form.error('countries')}
            options={taxonomy.countryOptions()}
            selected={values.countries}
            onChange={(next) => setValue('countries', next)}
            max={30}
            searchable
          />
        </div>
      </Card>
      <div className="form-actions cluster">
        {status === 'draft' && (
          <>
            <Button
              type="submit"
              loading={form.submitting && intent.current === 'published'}
              onClick={submitAs('published')}
            >
              {t('news.editor.publish')}
            </Button>
            <Button
              type="submit"
              variant="secondary"
              loading={form.submitting && intent.current === 'draft'}
              onClick={submitAs('draft')}
            >
              {t('news.editor.saveDraft')}
            </Button>
          </>
        )}
        {status === 'published' && (
          <>
            <Button
              type="submit"
              loading={form.submitting && intent.current === 'published'}
              onClick={submitAs('published')}
            >
              {t('news.editor.saveChanges')}
            </Button>
            <Button
              type="submit"
              variant="secondary"
              loading={form.submitting && intent.current === 'archived'}
              onClick={submitAs('archived')}
            >
              {t('news.editor.archive')}
            </Button>
          </>
        )}
        {status === 'archived' && (
          <>
            <Button
              type="submit"
              loading={form.submitting && intent.current === 'archived'}
              onClick={submitAs('archived')}
            >
              {t('news.editor.saveChanges')}
            </Button>
            <Button
              type="submit"
              variant="secondary"
              loading={form.submitting && intent.current === 'published'}
              onClick={submitAs('published')}
            >
              {t('news.editor.unarchive')}
            </Button>
          </>
        )}
      </div>
      <UnsavedChangesDialog dirty={form.dirty && !form.submitting} />
    </form>
  );
}
