/** Reading docker-compose.yml and .env files the way their tools do, for the consistency checks. */

/** `NAME=value` lines of a dotenv file; comments and blank lines skipped. */
export function envFile(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
    });
  return Object.fromEntries(entries);
}

const substitution = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g;

/**
 * Compose's interpolation of one value: `${VAR}`, `${VAR:-default}` (default when unset or empty),
 * `${VAR-default}` (default when unset), and `$$` for a literal `$`.
 */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    substitution,
    (match, variable: string | undefined, operator: string | undefined, fallback: string | undefined) => {
      if (match === '$$') return '$';
      const set = env[variable!];
      if (operator === ':-') return set === undefined || set === '' ? fallback! : set;
      if (operator === '-') return set === undefined ? fallback! : set;
      return set ?? '';
    },
  );
}

/** Every `${VAR:-default}` in a compose file, with its default. */
export function composeDefaults(text: string): Array<{ variable: string; fallback: string }> {
  return [...text.matchAll(substitution)]
    .filter((match) => match[2] === ':-')
    .map((match) => ({ variable: match[1]!, fallback: match[3]! }));
}
