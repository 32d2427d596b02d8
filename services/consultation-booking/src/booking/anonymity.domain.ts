/**
 * What an anonymous consultation's free text may not hold: anything that identifies the child. The
 * booker's words never reach this service's tables or events when they look like a Finnish personal
 * identity code, a date of birth, a full name (two capitalised words in a row), an e-mail address or
 * a phone number. A single first name at the start of a sentence cannot be told from an ordinary word
 * and passes.
 */
const identifyingPatterns: ReadonlyArray<{ kind: IdentifyingDetail; pattern: RegExp }> = [
  { kind: 'identity-code', pattern: /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b/i },
  { kind: 'date-of-birth', pattern: /\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b/ },
  { kind: 'full-name', pattern: /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+/u },
  { kind: 'email', pattern: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i },
  { kind: 'phone', pattern: /(?:\+358|\b0)\s?\d{1,3}[\s-]?\d{3}[\s-]?\d{2,4}/ },
];

export type IdentifyingDetail = 'identity-code' | 'date-of-birth' | 'full-name' | 'email' | 'phone';

/**
 * The kinds of identifying detail the text holds; empty when it is safe to keep. A school's name is
 * capitalised like a person's, so a field holding one leaves `full-name` out.
 */
export function identifyingDetails(text: string, except: readonly IdentifyingDetail[] = []): IdentifyingDetail[] {
  return identifyingPatterns.filter(({ kind, pattern }) => !except.includes(kind) && pattern.test(text)).map(({ kind }) => kind);
}
