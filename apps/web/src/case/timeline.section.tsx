import { Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../api/case-coordination.types.js';
import { PageSection } from '../shared/page-section.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { useTimeline } from './case.queries.js';
import { ListQueryView } from './query-view.js';
import { timelineDetailWords } from './timeline-detail.util.js';

/** `CaseOpened.v2` → `CaseOpened`: the versions of an event mean the same to a reader. */
const eventName = (entry: TimelineEntry) => entry.event.replace(/\.v\d+$/, '');

/**
 * Everything that happened on the case, newest first, from every service, with only the entries the
 * reader's agency, role and the family's consents allow. Each entry's title and details are worded in
 * the reader's language from its kind and details; an entry from before the service sent details
 * shows the service's English line instead (marked `lang="en"`).
 */
export function TimelineSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useTimeline(caseId);
  const title = (entry: TimelineEntry) => {
    const key = `timelineEvent.${eventName(entry)}`;
    return i18n.exists(key) ? t(key) : t('timelineEvent.other');
  };
  const detail = (entry: TimelineEntry) => {
    const worded = timelineDetailWords(
      entry.event,
      entry.details ?? null,
      (key) => t(key),
      (key) => i18n.exists(key),
    );
    if (worded) {
      return (
        <Text>{[t(worded.key, worded.values), worded.overLimit ? t('timelineDetail.overLimit') : ''].join(' ').trim()}</Text>
      );
    }
    return entry.details ? null : <Text lang="en">{entry.summary}</Text>;
  };
  return (
    <PageSection title={t('casePage.timelineTitle')} className="page-section--wide">
      <ListQueryView query={timeline} empty={t('casePage.timelineEmpty')}>
        {(entries) => (
          <ol className="plain-list" reversed>
            {[...entries].reverse().map((entry) => {
              const said = detail(entry);
              return (
                <li key={entry.eventId}>
                  <Text className="secondary-text">{formatDateTime(entry.occurredAt)}</Text>{' '}
                  <Text className="timeline-entry__title">{title(entry)}</Text>
                  <br />
                  <Text className="secondary-text">
                    {t('casePage.timelineActor', {
                      role: t(`role.${entry.actor.role}`),
                      agency: t(`agency.${entry.actor.agency}`),
                    })}
                  </Text>
                  {said && (
                    <>
                      <br />
                      {said}
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </ListQueryView>
    </PageSection>
  );
}
