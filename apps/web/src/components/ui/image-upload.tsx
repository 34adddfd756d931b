import type { ImageUrls } from '@open-spaces/contracts';
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/messages';
import { Alert } from './alert';
import { Avatar } from './avatar';
import { Button } from './button';

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

interface ImageUploadProps {
  name: string;
  image: ImageUrls | null;
  square?: boolean;
  upload: (file: File, onProgress: (share: number) => void) => Promise<unknown>;
  remove: () => Promise<unknown>;
}

/**
 * Picks, previews and uploads a picture, with progress. Type and size are checked here first for a
 * quick answer; the server checks the content again and re-encodes it.
 */
export function ImageUpload({ name, image, square = false, upload, remove }: ImageUploadProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'removing' | 'saved'>('idle');

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setStatus('idle');
    setError(null);
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) return setError(t('errors.codes.image_invalid'));
    if (file.size > IMAGE_MAX_BYTES) return setError(t('errors.codes.image_too_large'));
    setPreview(URL.createObjectURL(file));
    setProgress(0);
    try {
      await upload(file, setProgress);
      setStatus('saved');
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setProgress(null);
      setPreview(null);
    }
  };

  const onRemove = async () => {
    setStatus('removing');
    setError(null);
    try {
      await remove();
    } catch (caught) {
      setError(errorMessage(t, caught));
    } finally {
      setStatus('idle');
    }
  };

  return (
    <div className="image-upload">
      {preview ? (
        <img
          className={['avatar', 'avatar--large', square && 'avatar--square'].filter(Boolean).join(' ')}
          src={preview}
          alt={t('image.preview')}
        />
      ) : (
        <Avatar name={name} image={image} size="large" square={square} />
      )}
      <div className="stack-s">
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          className="visually-hidden"
          aria-label={image ? t('image.change') : t('image.choose')}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void onPick(event)}
          tabIndex={-1}
        />
        <div className="cluster">
          <Button variant="secondary" loading={progress !== null} onClick={() => inputRef.current?.click()}>
            {image ? t('image.change') : t('image.choose')}
          </Button>
          {image && progress === null && (
            <Button variant="quiet" loading={status === 'removing'} onClick={() => void onRemove()}>
              {t('image.remove')}
            </Button>
          )}
        </div>
        <p id={`${inputId}-hint`} className="field__hint">
          {t('image.hint')}
        </p>
        {progress !== null && (
          <div className="stack-s">
            <label htmlFor={`${inputId}-progress`} className="field__hint">
              {t('image.uploading', { percent: Math.round(progress * 100) })}
            </label>
            <progress id={`${inputId}-progress`} className="progress" max={1} value={progress} />
          </div>
        )}
        {error && <Alert tone="error">{error}</Alert>}
        {status === 'saved' && <Alert tone="success">{t('image.saved')}</Alert>}
      </div>
    </div>
  );
}
