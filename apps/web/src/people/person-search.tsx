import { Button, Paragraph, RadioButton, RadioButtonGroup, TextInput } from 'suomifi-ui-components';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../shared/loading-state.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { usePeopleSearch } from './people.queries.js';
import type { Person, PersonRole } from './person.types.js';
import { personSummary, searchable } from './person-search.util.js';

/**
 * Finds a professional by name in the people directory and lets one be picked: a name field with its
 * search button (Enter searches too), then the people found as radio buttons, each with their role
 * and agency. `error` (a translation key) is shown on the results, or on the field before a search.
 */
export function PersonSearch({
  id,
  labelText,
  role,
  chosen,
  onChoose,
  error,
}: {
  /** The name field's id (the error summary links to it); the results' group is `<id>-results`. */
  id: string;
  labelText: string;
  role?: PersonRole;
  chosen: Person | null;
  onChoose: (person: Person | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const people = usePeopleSearch(searched, role);

  function search() {
    const terms = searchable(typed);
    setTooShort(terms === null);
    if (terms === null) return;
    onChoose(null);
    setSearched(terms);
  }
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  const found = people.data ?? [];
  const fieldError = tooShort ? 'people.tooShort' : searched === null ? error : undefined;
  return (
    <div className="person-search">
      <div className="person-search__row">
        <TextInput
          id={id}
          labelText={labelText}
          hintText={t('people.hint')}
          autoComplete="off"
          mb="0"
          value={typed}
          onChange={(value) => setTyped(String(value ?? ''))}
          onKeyDown={searchOnEnter}
          {...(fieldError ? { status: 'error' as const, statusText: t(fieldError) } : {})}
        />
        <Button variant="secondary" onClick={search}>
          {t('people.search')}
        </Button>
      </div>
      {searched !== null && people.isFetching && <LoadingState />}
      {people.isError && <ProblemNotice error={people.error} onRetry={() => void people.refetch()} />}
      {people.isSuccess && found.length === 0 && (
        <Paragraph mb="l" role="status">
          {t('people.noneFound', { typed: searched })}
        </Paragraph>
      )}
      {people.isSuccess && found.length > 0 && (
        <RadioButtonGroup
          id={`${id}-results`}
          name={`${id}-results`}
          labelText={t('people.results', { count: found.length })}
          value={chosen?.userId ?? ''}
          onChange={(userId) => onChoose(found.find((person) => person.userId === userId) ?? null)}
          {...(error ? { groupStatus: 'error' as const, groupStatusText: t(error) } : {})}
        >
          {found.map((person) => (
            <RadioButton key={person.userId} value={person.userId} hintText={personSummary(person, t)}>
              {person.displayName}
            </RadioButton>
          ))}
        </RadioButtonGroup>
      )}
    </div>
  );
}
