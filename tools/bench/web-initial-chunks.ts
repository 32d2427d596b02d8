/** Vite's build manifest (`dist/web/.vite/manifest.json`): each chunk, whether it is the entry, what it imports statically. */
export type ViteManifest = Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }
>;

/**
 * The files a browser must download before the first screen: the entry chunks and, recursively,
 * what they import statically. Lazily loaded pages (dynamic imports) are not among them.
 */
export function initialFiles(manifest: ViteManifest): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const chunks = [...seen].map((key) => manifest[key]!);
  return { js: [...new Set(chunks.map((chunk) => chunk.file))], css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))] };
}
