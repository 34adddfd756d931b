import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreatePost } from '../api/create-post';
import { PostForm } from '../components/post-form';
import '../components/news.css';

export function NewPostPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePost();
  useDocumentTitle(t('news.editor.newTitle'));
  return (
    <>
      <PageHeader title={t('news.editor.newTitle')} />
      <PostForm
        onSubmit={(request, status) => create.mutateAsync({ ...request, status })}
        onSaved={(post) =>
          void navigate(post.status === 'draft' ? `/news/${post.slug}/edit` : `/news/${post.slug}`)
        }
      />
    </>
  );
}
