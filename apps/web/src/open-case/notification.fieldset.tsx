import { DateInput, Dropdown, DropdownItem, Heading, TextInput, Textarea, TimeInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.js';
import { notifierChannels, type NotifierChannel, type OpenCaseFormParts } from './open-case.form.util.js';

/** The notification as it arrived: when (Helsinki time), from whom, what it says. */
export function NotificationFieldset({ form, set, errorOf }: OpenCaseFormParts) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section">
      <legend>
        <Heading variant="h2" as="span">
          {t('openCase.notificationSection')}
        </Heading>
      </legend>
      <div className="form-row">
        <DateInput
          id="receivedDate"
          labelText={t('openCase.receivedDate')}
          hintText={t('openCase.dateHint')}
          value={form.receivedDate}
          onChange={({ value }) => set('receivedDate', value)}
          language={currentLanguage()}
          {...errorOf('receivedDate')}
        />
        <TimeInput
          id="receivedTime"
          labelText={t('openCase.receivedTime')}
          hintText={t('openCase.timeHint')}
          value={form.receivedTime}
          onChange={(value) => set('receivedTime', value)}
          {...errorOf('receivedTime')}
        />
      </div>
      <Dropdown<NotifierChannel>
        id="channel"
        labelText={t('openCase.channel')}
        visualPlaceholder={t('openCase.channelPlaceholder')}
        value={form.channel === '' ? null : form.channel}
        onChange={(value) => set('channel', value)}
        {...errorOf('channel')}
      >
        {notifierChannels.map((channel) => (
          <DropdownItem key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id="notifierName"
        labelText={t('openCase.notifierName')}
        optionalText={t('common.optional')}
        value={form.notifierName}
        onChange={(value) => set('notifierName', String(value ?? ''))}
        {...errorOf('notifierName')}
      />
      <Textarea
        id="content"
        labelText={t('openCase.content')}
        value={form.content}
        onChange={(event) => set('content', event.target.value)}
        fullWidth
        {...errorOf('content')}
      />
    </fieldset>
  );
}
