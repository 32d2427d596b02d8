import { defaultFrame, frameDefinitionSchema, hasDomain } from './frame.domain.js';

const definition = (domains = defaultFrame.domains) => ({
  key: 'pirkanmaa-star',
  region: 'Pirkanmaa',
  title: { fi: 'Tähti', sv: 'Stjärna', en: 'Star' },
  domains,
});
const paths = (value: unknown) => {
  const result = frameDefinitionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('the default frame', () => {
  it('has the eight wellbeing-star domains, safety among them, each with five anchors in three languages', () => {
    expect(defaultFrame.domains.map((domain) => domain.key)).toEqual([
      'health',
      'learning-and-school',
      'relationships-and-family',
      'safety',
      'everyday-life-and-care',
      'leisure-and-friends',
      'feelings-and-behaviour',
      'own-wishes',
    ]);
    expect(paths(definition())).toEqual([]);
    expect(hasDomain(defaultFrame, 'safety')).toBe(true);
    expect(hasDomain(defaultFrame, 'hobbies')).toBe(false);
  });
});

describe("a region's frame", () => {
  it('refuses a domain key given twice, naming it', () => {
    expect(paths(definition([...defaultFrame.domains, defaultFrame.domains[0]!]))).toEqual(['domains.8.key']);
  });

  it('refuses a frame without the safety domain, whose answers raise concerns', () => {
    expect(paths(definition(defaultFrame.domains.filter((domain) => domain.key !== 'safety')))).toEqual(['domains']);
  });

  it('refuses a scale with other than five anchors, and words missing in a language', () => {
    const [first, ...rest] = defaultFrame.domains;
    expect(paths(definition([{ ...first!, anchors: first!.anchors.slice(1) }, ...rest]))).toEqual(['domains.0.anchors']);
    expect(paths(definition([{ ...first!, title: { fi: 'Terveys', sv: '', en: 'Health' } }, ...rest]))).toEqual([
      'domains.0.title.sv',
    ]);
  });

  it('refuses fewer than three domains and a key that is not lower-case words', () => {
    expect(paths(definition(defaultFrame.domains.filter((domain) => domain.key === 'safety')))).toContain('domains');
    expect(paths({ ...definition(), key: 'Pirkanmaa Star' })).toEqual(['key']);
  });
});
