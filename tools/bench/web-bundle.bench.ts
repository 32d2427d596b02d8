import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialFiles, type ViteManifest } from './web-initial-chunks.js';

/**
 * `npm run bench:web` (after `npm run web:build`): the JavaScript a browser downloads before the web
 * app's first screen, gzipped, against the budget of 250 KB; the CSS beside it. Writes
 * reports/bench-web.json and exits 1 over budget. A figure to watch, not a timed test.
 */
const BUDGET_KB = 250;
const dist = 'dist/web';

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as ViteManifest;
const { js, css } = initialFiles(manifest);
const measure = (files: string[]) =>
  files.map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const scripts = measure(js);
const styles = measure(css);
const jsGzip = scripts.reduce((sum, file) => sum + file.gzipBytes, 0);
const report = {
  initialJsGzipKb: kb(jsGzip),
  initialJsKb: kb(scripts.reduce((sum, file) => sum + file.bytes, 0)),
  initialCssGzipKb: kb(styles.reduce((sum, file) => sum + file.gzipBytes, 0)),
  budgetKb: BUDGET_KB,
  withinBudget: kb(jsGzip) <= BUDGET_KB,
  files: [...scripts, ...styles],
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-web.json', `${JSON.stringify(report, null, 2)}\n`);
for (const file of report.files)
  console.log(
    `${file.file.padEnd(50)} ${String(kb(file.bytes)).padStart(8)} KB  ${String(kb(file.gzipBytes)).padStart(7)} KB gzipped`,
  );
console.log(
  `initial JavaScript: ${report.initialJsGzipKb} KB gzipped (${report.initialJsKb} KB), budget ${BUDGET_KB} KB: ${report.withinBudget ? 'within' : 'OVER'}`,
);
if (!report.withinBudget) process.exitCode = 1;
