import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { postQueryOptions } from '../api/get-post';
import { useUpdatePost } from '../api/update-post';
import { CoverEditor } from '../components/cover-editor';
import { PostForm } from '../components/post-form';
import '../components/news.css';

export function EditPostPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const update = useUpdatePost();
  const [saved, setSaved] = useState(false);
  const post = useQuery(postQueryOptions(slug, true));
  useDocumentTitle(t('news.editor.editTitle'));

  if (post.isPending) return <LoadingState label={t('common.loading')} />;
  if (post.isError || !post.data.canEdit) {
    if (!post.isError || (isApiError(post.error) && post.error.status === 404)) {
      return (
        <>
          <h1>{t('news.notFoundTitle')}</h1>
          <EmptyState icon="news" title={t('news.notFoundBody')}>
            <ButtonLink to="/news" variant="secondary">
              {t('news.backToNews')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, post.error)}</Alert>;
  }

  return (
    <>
      <PageHeader title={t('news.editor.editTitle')} />
      {saved && <Alert tone="success">{t('news.editor.saved')}</Alert>}
      <div className="stack">
        <CoverEditor post={post.data} />
        <PostForm
          key={post.data.slug}
          post={post.data}
          onSubmit={(request, status) =>
            update.mutateAsync({ slug: post.data.slug, body: { ...request, status } })
          }
          onSaved={(next) => {
            setSaved(true);
            if (next.status !== 'draft') void navigate(`/news/${next.slug}`);
            else if (next.slug !== slug) void navigate(`/news/${next.slug}/edit`, { replace: true });
          }}
        />
      </div>
    </>
  );
}
