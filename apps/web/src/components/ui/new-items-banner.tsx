import { Button } from './button';

/**
 * Says that new items arrived while a list is open, with a button to show them. It floats
 * over the page, out of its flow, so announcing them moves nothing being read.
 */
export function NewItemsBanner({
  message,
  showLabel,
  onShow,
}: {
  message: string;
  showLabel: string;
  onShow: () => void;
}) {
  return (
    <div className="new-items-banner" role="status">
      <span>{message}</span>
      <Button size="small" onClick={onShow}>
        {showLabel}
      </Button>
    </div>
  );
}
