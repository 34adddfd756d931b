import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/messages';
import { useSendMessage } from '../api/send-message';

/** Writes a message: Enter sends, Shift+Enter starts a new line. */
export function MessageComposer({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const send = useSendMessage();

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const text = body.trim();
    if (text === '' || send.isPending) return;
    send.mutate({ conversationId, body: text }, { onSuccess: () => setBody('') });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="composer" onSubmit={submit} noValidate>
      {send.isError && <Alert tone="error">{errorMessage(t, send.error)}</Alert>}
      <TextAreaField
        id="message-body"
        label={t('messaging.thread.message')}
        hint={t('messaging.thread.keyboardHint')}
        rows={3}
        maxLength={4000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div>
        <Button type="submit" loading={send.isPending} disabled={body.trim() === ''}>
          {t('messaging.thread.send')}
        </Button>
      </div>
    </form>
  );
}
