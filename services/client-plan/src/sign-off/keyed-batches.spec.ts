import { KeyedBatches } from './keyed-batches.js';

describe('KeyedBatches', () => {
  it('starts the first item at once and takes what arrives meanwhile as the next batch, per key', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const work = new KeyedBatches<string, string>(async (key, batch) => {
      batches.push([key, ...batch]);
      if (batch[0] === 'a1') await first;
      return batch.map((item) => ({ status: 'fulfilled' as const, value: item.toUpperCase() }));
    });
    const answered = [work.add('a', 'a1'), work.add('a', 'a2'), work.add('b', 'b1'), work.add('a', 'a3')];
    expect(batches).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    release();
    expect(await Promise.all(answered)).toEqual(['A1', 'A2', 'B1', 'A3']);
    expect(batches).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
      ['a', 'a2', 'a3'],
    ]);
  });

  it("answers each item with its own outcome, and every item of a batch that failed with the batch's error", async () => {
    const work = new KeyedBatches<number, number>(async (_key, batch) => {
      if (batch.includes(0)) throw new Error('batch failed');
      return batch.map((item) =>
        item < 0
          ? { status: 'rejected' as const, reason: new Error(`refused ${item}`) }
          : { status: 'fulfilled' as const, value: item },
      );
    });
    const settled = await Promise.allSettled([work.add('k', 1), work.add('k', -2), work.add('k', 3)]);
    expect(
      settled.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message)),
    ).toEqual([1, 'refused -2', 3]);
    await expect(Promise.all([work.add('k', 5), work.add('k', 0)])).rejects.toThrow('batch failed');
    expect(await work.add('k', 7)).toBe(7);
  });
});
