import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { progressPercent } from './petition-figures';

/** The count against the goal, as a bar with its figures in words for everyone. */
export function PetitionProgress({ count, goal }: { count: number; goal: number }) {
  const { t } = useTranslation();
  const id = useId();
  const percent = progressPercent(count, goal);
  return (
    <div className="petition-progress">
      <progress
        className="petition-progress__bar"
        max={goal}
        value={Math.min(count, goal)}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-text`}
      />
      <p className="petition-progress__text">
        <span id={`${id}-label`} className="visually-hidden">
          {t('petitions.progress.label')}
        </span>
        <span id={`${id}-text`} data-testid="petition-count">
          {t('petitions.progress.text', { count, goal, percent })}
        </span>
      </p>
    </div>
  );
}
