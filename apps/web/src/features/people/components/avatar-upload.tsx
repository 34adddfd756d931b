import type { MyProfile } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card';
import { ImageUpload } from '../../../components/ui/image-upload';
import { useDeleteAvatar } from '../api/delete-avatar';
import { useUploadAvatar } from '../api/upload-avatar';

export function AvatarUpload({ profile }: { profile: MyProfile }) {
  const { t } = useTranslation();
  const upload = useUploadAvatar();
  const remove = useDeleteAvatar();
  return (
    <Card title={t('avatar.title')} description={t('avatar.lead')}>
      <ImageUpload
        name={profile.displayName}
        image={profile.avatar}
        upload={(file, onProgress) => upload.mutateAsync({ file, onProgress })}
        remove={() => remove.mutateAsync()}
      />
    </Card>
  );
}
