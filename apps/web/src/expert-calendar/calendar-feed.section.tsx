import { useMutation } from '@tanstack/react-query';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, bookingApi } from '../api/api-client.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';

/**
 * The expert's secret calendar-feed address, made (or made anew, ending the old one) here and shown
 * once, with how to subscribe to it. The address is the gateway's, which lets calendar programs fetch
 * the feed without signing in.
 */
export function CalendarFeedSection({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const make = useMutation({
    mutationFn: () => answer(bookingApi.POST('/experts/{expertId}/calendar-feed', { params: { path: { expertId } } })),
    onMutate: () => setCopied(false),
  });
  const address = make.data ? `${window.location.origin}/api/consultation-booking${make.data.path}` : null;
  const copy = async () => {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setCopied(true);
    } catch {
      setCopied(false); // the address stays on the screen to copy by hand
    }
  };

  return (
    <PageSection title={t('availability.feed')}>
      <Paragraph mb="s">{t('availability.feedLead')}</Paragraph>
      {make.isError && <ProblemNotice error={make.error} />}
      {address && (
        <>
          <InlineAlert status="warning" mb="s" role="status">
            <Paragraph>{t('availability.feedShownOnce')}</Paragraph>
          </InlineAlert>
          <TextInput
            id="calendar-feed-address"
            className="feed-address"
            labelText={t('availability.feedAddress')}
            value={address}
            readOnly
            fullWidth
            onFocus={(event) => event.currentTarget.select()}
            mb="s"
          />
          <Button variant="secondary" onClick={() => void copy()} mb="s">
            {t('availability.feedCopy')}
          </Button>
          {copied && (
            <Paragraph role="status" mb="s">
              {t('availability.feedCopied')}
            </Paragraph>
          )}
        </>
      )}
      <Paragraph mb="s">{t('availability.feedRotateNote')}</Paragraph>
      <Button variant={address ? 'secondary' : 'default'} disabled={make.isPending} onClick={() => make.mutate()} mb="m">
        {t(address ? 'availability.feedRotate' : 'availability.feedCreate')}
      </Button>
    </PageSection>
  );
}
