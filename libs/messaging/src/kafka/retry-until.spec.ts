import { retryBackoffMs, retryUntil, StoppedError } from './retry-until.js';

describe('retryBackoffMs', () => {
  it('doubles from half a second and stays at ten seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryBackoffMs)).toEqual([500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });
});

describe('retryUntil', () => {
  it('answers what the work gives once it succeeds, after failing', async () => {
    let attempts = 0;
    const work = async () => {
      attempts += 1;
      if (attempts < 2) throw new Error('ECONNREFUSED');
      return 'done';
    };
    await expect(retryUntil('test', work, new AbortController().signal)).resolves.toBe('done');
    expect(attempts).toBe(2);
  });

  it('gives up with a StoppedError as soon as it is stopped, even while waiting', async () => {
    const stop = new AbortController();
    const failing = retryUntil('test', async () => Promise.reject(new Error('ECONNREFUSED')), stop.signal);
    setTimeout(() => stop.abort(), 50);
    const started = Date.now();
    await expect(failing).rejects.toBeInstanceOf(StoppedError);
    expect(Date.now() - started).toBeLessThan(450); // not after the half-second wait
  });

  it('gives up at once when what the work waits for was given up', async () => {
    let attempts = 0;
    const work = async () => {
      attempts += 1;
      throw new StoppedError('kafka topics');
    };
    await expect(retryUntil('kafka consumer', work, new AbortController().signal)).rejects.toBeInstanceOf(StoppedError);
    expect(attempts).toBe(1);
  });
});
