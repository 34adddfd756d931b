import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ChipPicker } from '../../../components/ui/chip-picker';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useFollowedTopics } from './use-followed-topics';

/** "Topics you follow": every topic, the followed ones pressed; a press follows or unfollows at once. */
export function FollowedTopicsPicker() {
  const { t } = useTranslation();
  const taxonomy = useTaxonomy();
  const { followed, change, error } = useFollowedTopics();
  if (followed === null) {
    return error ? (
      <Alert tone="error">{errorMessage(t, error)}</Alert>
    ) : (
      <LoadingState label={t('common.loading')} />
    );
  }
  return (
    <div className="stack-s">
      <ChipPicker
        id="followed-topics"
        legend={t('follows.topicsYouFollow')}
        hint={t('follows.topicsYouFollowHint')}
        options={taxonomy.options('topics', followed)}
        selected={followed}
        onChange={change}
        searchable
      />
      {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
    </div>
  );
}
