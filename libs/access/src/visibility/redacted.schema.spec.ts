import { z } from 'zod';
import { redactedSchema } from './redacted.schema.js';

const view = z.object({
  id: z.string(),
  child: z.object({ name: z.string().nullable(), dateOfBirth: z.string() }),
  withdrawn: z.object({ at: z.string() }).nullable(),
  guardians: z.array(z.object({ name: z.string() })),
});
const redacted = redactedSchema(view);

describe('redactedSchema', () => {
  it('takes the full view', () => {
    const full = {
      id: 'a',
      child: { name: null, dateOfBirth: '2015-01-01' },
      withdrawn: { at: 'x' },
      guardians: [{ name: 'g' }],
    };
    expect(redacted.parse(full)).toEqual(full);
  });

  it('takes a view with any field left out, nested fields too', () => {
    expect(redacted.parse({})).toEqual({});
    expect(redacted.parse({ child: { dateOfBirth: '2015-01-01' }, withdrawn: null })).toEqual({
      child: { dateOfBirth: '2015-01-01' },
      withdrawn: null,
    });
    expect(redacted.parse({ withdrawn: {} })).toEqual({ withdrawn: {} });
  });

  it('keeps lists whole and the types of what is there', () => {
    expect(redacted.safeParse({ guardians: [{}] }).success).toBe(false);
    expect(redacted.safeParse({ id: 1 }).success).toBe(false);
    expect(redacted.safeParse({ child: null }).success).toBe(false);
  });
});
