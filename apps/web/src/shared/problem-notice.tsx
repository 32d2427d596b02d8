import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../i18n/problem-message.util.js';

/** What went wrong, as a sentence in the user's language from the problem's `code`, and a way to try again. */
export function ProblemNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const { key, code } = problemMessage(error, (candidate) => i18n.exists(candidate));
  return (
    <InlineAlert status="error" mb="s" role="alert">
      <Paragraph>{t(key, { code })}</Paragraph>
      {onRetry && (
        <Button variant="secondary" mt="xs" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </InlineAlert>
  );
}
