import { safeReturnTo } from './return-to.util.js';

const publicUrl = 'http://127.0.0.1:3000';

describe('safeReturnTo', () => {
  it('takes a path on the same origin, with its query and fragment', () => {
    expect(safeReturnTo('/cases/1?tab=team#consents', publicUrl)).toBe('/cases/1?tab=team#consents');
  });

  it('sends the browser to the start when no place is asked for', () => {
    expect(safeReturnTo(undefined, publicUrl)).toBe('/');
    expect(safeReturnTo('', publicUrl)).toBe('/');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'evil.example',
    'javascript:alert(1)',
    '/\nx',
    ['/a', '/b'],
  ])('refuses %j', (value) => {
    expect(safeReturnTo(value, publicUrl)).toBeNull();
  });
});
