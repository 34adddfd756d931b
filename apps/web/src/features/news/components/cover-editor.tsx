import type { Post } from '@open-spaces/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card';
import { ImageUpload } from '../../../components/ui/image-upload';
import { TextField } from '../../../components/ui/text-field';
import { useDeleteCover } from '../api/delete-cover';
import { useUploadCover } from '../api/upload-cover';

/** The cover image and its description, which must be written before a picture is chosen. */
export function CoverEditor({ post }: { post: Post }) {
  const { t } = useTranslation();
  const [alt, setAlt] = useState(post.coverAlt ?? '');
  const upload = useUploadCover(post.slug);
  const remove = useDeleteCover(post.slug);
  return (
    <Card title={t('news.editor.cover')}>
      <div className="form-stack">
        <TextField
          id="post-cover-alt"
          name="coverAlt"
          label={t('news.editor.coverAlt')}
          hint={t('news.editor.coverAltHint')}
          value={alt}
          maxLength={300}
          onChange={(event) => setAlt(event.target.value)}
        />
        {alt.trim() !== '' && (
          <ImageUpload
            name={post.title}
            image={post.cover}
            square
            upload={(file, onProgress) => upload.mutateAsync({ alt: alt.trim(), file, onProgress })}
            remove={() => remove.mutateAsync()}
          />
        )}
      </div>
    </Card>
  );
}
