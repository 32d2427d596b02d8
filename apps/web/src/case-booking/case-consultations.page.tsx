import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { useCase } from '../case/case.queries.js';
import { ListQueryView } from '../case/query-view.js';
import { isFamilyMember } from '../family/family.util.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useCaseConsultations } from './case-booking.queries.js';
import { ConsultationList } from './consultation-list.js';

/**
 * A case's consultations for its care team (`/cases/:caseId/consultations`), with what each reader may
 * see of them said plainly, and the way to book a psychiatry liaison for the child. A case the reader
 * may not read is the not-found page, as everywhere.
 */
export function CaseConsultationsPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const kase = useCase(caseId);
  const consultations = useCaseConsultations(caseId);
  const child = kase.data?.child?.name ?? null;
  const title = child ? t('caseConsultations.title', { child }) : t('caseConsultations.titleFallback');
  usePageTitle(kase.isSuccess ? title : null);
  if (kase.isPending) return <LoadingState />;
  if (kase.isError)
    return isNotFound(kase.error) ? <NotFoundPage /> : <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  const booked = (location.state as { booked?: string } | null)?.booked;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {title}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('caseConsultations.visibility')}
      </Paragraph>
      {booked && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('caseConsultations.booked', { when: booked })}
        </InlineAlert>
      )}
      {!isFamilyMember(me) && kase.data.status === 'open' && (
        <Paragraph mb="m">
          <RouterLink asComponent={Link} to={`/cases/${caseId}/consultations/new`}>
            {t('caseConsultations.book')}
          </RouterLink>
        </Paragraph>
      )}
      <ListQueryView query={consultations} empty={t('caseConsultations.empty')}>
        {(found) => <ConsultationList consultations={found} />}
      </ListQueryView>
    </>
  );
}
