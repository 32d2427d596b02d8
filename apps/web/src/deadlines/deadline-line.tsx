import { StaticChip } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/case-coordination.types.js';
import { formatDate } from '../time/finnish-format.util.js';

/** "Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 7.1.2027", the law's wording, with how it stands. */
export function DeadlineSentence({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  return <>{t('deadline.dueBy', { kind: t(`deadline.kind.${deadline.kind}`), date: formatDate(deadline.dueOn ?? '') })}</>;
}

export function DeadlineStatus({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  return <StaticChip>{t(`deadline.status.${deadline.status}`)}</StaticChip>;
}

/** One deadline as a list item's content, marked by urgency. */
export function DeadlineLine({ deadline, children }: { deadline: Deadline; children?: React.ReactNode }) {
  return (
    <div className={`deadline-item deadline-item--${deadline.status}`}>
      <span>{children ?? <DeadlineSentence deadline={deadline} />}</span>
      <DeadlineStatus deadline={deadline} />
    </div>
  );
}
