import { z } from 'zod';

/** Words in the platform's three languages. */
export const wordsSchema = z.strictObject({
  fi: z.string().trim().min(1).max(300),
  sv: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type Words = z.infer<typeof wordsSchema>;

/** The lowest and the highest point of every domain's scale. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** One domain of a frame: its name, the 1–5 scale's anchor texts, and the short question the child's form asks. */
export const frameDomainSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'a key is lower-case letters, digits and dashes'),
  title: wordsSchema,
  /** What 1, 2, 3, 4 and 5 mean, in order. */
  anchors: z.array(wordsSchema).length(SCALE_MAX - SCALE_MIN + 1),
  childQuestion: wordsSchema,
});
export type FrameDomain = z.infer<typeof frameDomainSchema>;

/** A region's own frame as its admin defines it; every version is kept. */
export const frameDefinitionSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'a key is lower-case letters, digits and dashes'),
    region: z.string().trim().min(1).max(100),
    title: wordsSchema,
    domains: z.array(frameDomainSchema).min(3).max(20),
  })
  .superRefine((frame, context) => {
    const seen = new Set<string>();
    frame.domains.forEach((domain, index) => {
      if (seen.has(domain.key))
        context.addIssue({ code: 'custom', path: ['domains', index, 'key'], message: 'a domain key appears twice' });
      seen.add(domain.key);
    });
    if (!seen.has(SAFETY_DOMAIN)) {
      context.addIssue({
        code: 'custom',
        path: ['domains'],
        message: `every frame has the domain '${SAFETY_DOMAIN}' (the child's safety)`,
      });
    }
  });
export type FrameDefinition = z.infer<typeof frameDefinitionSchema>;

export interface Frame extends FrameDefinition {
  version: number;
}

/** The domain whose lowest answer from the child raises a safety concern at once. */
export const SAFETY_DOMAIN = 'safety';

const anchors: Words[] = [
  { fi: 'Suuri huoli', sv: 'Stor oro', en: 'Serious concern' },
  { fi: 'Huolta', sv: 'Oro', en: 'Some concern' },
  { fi: 'Vaihtelee', sv: 'Varierar', en: 'Varies' },
  { fi: 'Enimmäkseen hyvin', sv: 'Mestadels bra', en: 'Mostly good' },
  { fi: 'Hyvin', sv: 'Bra', en: 'Going well' },
];

const domain = (key: string, title: Words, childQuestion: Words): FrameDomain => ({ key, title, anchors, childQuestion });

/** The default frame, like the wellbeing star (Hyvinvoinnin tähti): eight domains. */
export const defaultFrame: Frame = {
  key: 'wellbeing-star',
  version: 1,
  region: 'default',
  title: { fi: 'Hyvinvoinnin tähti', sv: 'Välmåendestjärnan', en: 'Wellbeing star' },
  domains: [
    domain(
      'health',
      { fi: 'Terveys', sv: 'Hälsa', en: 'Health' },
      { fi: 'Miten voit?', sv: 'Hur mår du?', en: 'How do you feel?' },
    ),
    domain(
      'learning-and-school',
      { fi: 'Oppiminen ja koulu', sv: 'Lärande och skola', en: 'Learning and school' },
      { fi: 'Miten koulussa menee?', sv: 'Hur går det i skolan?', en: 'How is school going?' },
    ),
    domain(
      'relationships-and-family',
      { fi: 'Ihmissuhteet ja perhe', sv: 'Relationer och familj', en: 'Relationships and family' },
      { fi: 'Miten kotona menee?', sv: 'Hur går det hemma?', en: 'How are things at home?' },
    ),
    domain(
      SAFETY_DOMAIN,
      { fi: 'Turvallisuus', sv: 'Trygghet', en: 'Safety' },
      { fi: 'Tunnetko olosi turvalliseksi?', sv: 'Känner du dig trygg?', en: 'Do you feel safe?' },
    ),
    domain(
      'everyday-life-and-care',
      { fi: 'Arki ja huolenpito', sv: 'Vardag och omsorg', en: 'Everyday life and care' },
      { fi: 'Miten arki sujuu?', sv: 'Hur fungerar vardagen?', en: 'How is everyday life?' },
    ),
    domain(
      'leisure-and-friends',
      { fi: 'Vapaa-aika ja kaverit', sv: 'Fritid och vänner', en: 'Leisure and friends' },
      {
        fi: 'Mitä teet vapaa-ajalla ja kenen kanssa?',
        sv: 'Vad gör du på fritiden, och med vem?',
        en: 'What do you do in your free time, and with whom?',
      },
    ),
    domain(
      'feelings-and-behaviour',
      { fi: 'Tunteet ja käyttäytyminen', sv: 'Känslor och beteende', en: 'Feelings and behaviour' },
      { fi: 'Millainen mieli sinulla on ollut?', sv: 'Hur har du känt dig?', en: 'How have you been feeling?' },
    ),
    domain(
      'own-wishes',
      { fi: 'Lapsen omat toiveet', sv: 'Barnets egna önskemål', en: "The child's own wishes" },
      { fi: 'Mitä toivot?', sv: 'Vad önskar du?', en: 'What do you wish for?' },
    ),
  ],
};

/** Whether a key names a domain of the frame. */
export const hasDomain = (frame: Pick<Frame, 'domains'>, key: string): boolean => frame.domains.some((d) => d.key === key);
