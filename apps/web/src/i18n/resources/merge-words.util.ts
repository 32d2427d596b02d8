import type { Resources } from './resources.types.js';

/** The words of several files as one tree; a key held by two files is a mistake and throws, naming the key. */
export function mergeWords(parts: readonly Resources[], path = ''): Resources {
  const merged: Resources = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const here = path ? `${path}.${key}` : key;
      const existing = merged[key];
      if (existing === undefined) merged[key] = value;
      else if (typeof existing === 'string' || typeof value === 'string') throw new Error(`Two files give words for ${here}`);
      else merged[key] = mergeWords([existing, value], here);
    }
  }
  return merged;
}
