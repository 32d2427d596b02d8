import { initialFiles, type ViteManifest } from './web-initial-chunks.js';

describe('the web app’s initial download', () => {
  it('is the entry and what it imports statically, not the pages loaded later', () => {
    const manifest: ViteManifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_runtime.js', '_vendor.js'],
        dynamicImports: ['src/case/case.page.tsx'],
        css: ['assets/index.css'],
      },
      '_runtime.js': { file: 'assets/runtime.js' },
      '_vendor.js': { file: 'assets/vendor.js', imports: ['_runtime.js'] },
      'src/case/case.page.tsx': { file: 'assets/case.page.js', imports: ['_vendor.js', '_lazy-only.js'] },
      '_lazy-only.js': { file: 'assets/lazy-only.js' },
    };
    expect(initialFiles(manifest)).toEqual({
      js: ['assets/index.js', 'assets/runtime.js', 'assets/vendor.js'],
      css: ['assets/index.css'],
    });
  });
});
