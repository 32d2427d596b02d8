import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { FactList } from '../shared/fact-list.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';

/** The child and the guardians, as far as the service shows them to this reader. */
export function ChildSection({ kase }: { kase: CaseForReader }) {
  const { t } = useTranslation();
  const guardians = kase.guardians?.map((guardian) => guardian.name).join(', ');
  return (
    <PageSection title={t('casePage.childTitle')}>
      <FactList
        facts={[
          { label: t('casePage.childName'), value: kase.child?.name ?? undefined },
          { label: t('casePage.dateOfBirth'), value: kase.child?.dateOfBirth ? formatDate(kase.child.dateOfBirth) : undefined },
          { label: t('casePage.identityCode'), value: kase.child?.personalIdentityCode ?? undefined },
          {
            label: t('casePage.guardians'),
            value: kase.guardians === undefined ? undefined : guardians || t('casePage.noGuardians'),
          },
          { label: t('casePage.language'), value: kase.language ? t(`caseLanguage.${kase.language}`) : undefined },
        ]}
      />
    </PageSection>
  );
}
