import { GroupCommit } from './group-commit.js';

/** A write the test finishes by hand, so what gathers while it is in flight is under its control. */
function controlledWrites(failWhen: (items: readonly string[]) => boolean = () => false) {
  const writes: Array<{ items: readonly string[]; finish: () => void }> = [];
  const writeBatch = (items: readonly string[]) =>
    new Promise<string[]>((resolve, reject) => {
      writes.push({
        items,
        finish: () =>
          failWhen(items) ? reject(new Error(`refused ${items.join(',')}`)) : resolve(items.map((item) => `written:${item}`)),
      });
    });
  return { writes, writeBatch };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('writes a submission on an idle queue at once, alone', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    const first = group.submit(['a', 'b']);
    expect(writes.map((write) => write.items)).toEqual([['a', 'b']]);
    writes[0]!.finish();
    await expect(first).resolves.toEqual(['written:a', 'written:b']);
  });

  it('gathers what arrives during a write into the next one, and gives each submission its own results in order', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    const first = group.submit(['a']);
    const second = group.submit(['b', 'c']);
    const third = group.submit(['d']);
    expect(writes).toHaveLength(1);
    writes[0]!.finish();
    await first;
    await settle();
    expect(writes.map((write) => write.items)).toEqual([['a'], ['b', 'c', 'd']]);
    writes[1]!.finish();
    await expect(second).resolves.toEqual(['written:b', 'written:c']);
    await expect(third).resolves.toEqual(['written:d']);
  });

  it('resolves a submission only once the write holding it has finished', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    let resolved = false;
    void group.submit(['a']).then(() => (resolved = true));
    await settle();
    expect(resolved).toBe(false);
    writes[0]!.finish();
    await settle();
    expect(resolved).toBe(true);
  });

  it('keeps at most maxConcurrentWrites in flight', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 2, maxItemsPerWrite: 100 });
    const submissions = ['a', 'b', 'c', 'd'].map((item) => group.submit([item]));
    expect(writes.map((write) => write.items)).toEqual([['a'], ['b']]);
    writes[0]!.finish();
    await settle();
    expect(writes.map((write) => write.items)).toEqual([['a'], ['b'], ['c', 'd']]);
    writes[1]!.finish();
    writes[2]!.finish();
    await expect(Promise.all(submissions)).resolves.toEqual([['written:a'], ['written:b'], ['written:c'], ['written:d']]);
  });

  it('puts at most maxItemsPerWrite items in one write, but never splits a submission', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 3 });
    const all = [group.submit(['first']), group.submit(['a', 'b']), group.submit(['c', 'd']), group.submit(['e', 'f', 'g', 'h'])];
    for (let index = 0; index < 4; index += 1) {
      writes[index]!.finish();
      await settle();
    }
    expect(writes.map((write) => write.items)).toEqual([['first'], ['a', 'b'], ['c', 'd'], ['e', 'f', 'g', 'h']]);
    await expect(Promise.all(all)).resolves.toHaveLength(4);
  });

  it('when a shared write fails, writes each submission again alone: only the failing one is rejected', async () => {
    const { writes, writeBatch } = controlledWrites((items) => items.includes('bad'));
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    const first = group.submit(['a']);
    const good = group.submit(['b']);
    const bad = group.submit(['bad']);
    writes[0]!.finish();
    await first;
    await settle();
    expect(writes[1]!.items).toEqual(['b', 'bad']);
    writes[1]!.finish();
    await settle();
    expect(writes.slice(2).map((write) => write.items)).toEqual([['b'], ['bad']]);
    writes[2]!.finish();
    writes[3]!.finish();
    await expect(good).resolves.toEqual(['written:b']);
    await expect(bad).rejects.toThrow('refused bad');
  });

  it('rejects a submission written alone with its own error', async () => {
    const { writes, writeBatch } = controlledWrites(() => true);
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    const only = group.submit(['a']);
    writes[0]!.finish();
    await expect(only).rejects.toThrow('refused a');
    expect(writes).toHaveLength(1);
  });

  it('drained() waits for every submission made so far, written or rejected', async () => {
    const { writes, writeBatch } = controlledWrites((items) => items.includes('bad'));
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    await group.drained();
    const outcomes: string[] = [];
    void group.submit(['a']).then(() => outcomes.push('a'));
    void group.submit(['bad']).catch(() => outcomes.push('bad refused'));
    let drained = false;
    void group.drained().then(() => (drained = true));
    writes[0]!.finish();
    await settle();
    expect(drained).toBe(false);
    writes[1]!.finish();
    await settle();
    expect(drained).toBe(true);
    expect(outcomes).toEqual(['a', 'bad refused']);
  });

  it('answers an empty submission without writing', async () => {
    const { writes, writeBatch } = controlledWrites();
    const group = new GroupCommit(writeBatch, { maxConcurrentWrites: 1, maxItemsPerWrite: 100 });
    await expect(group.submit([])).resolves.toEqual([]);
    expect(writes).toHaveLength(0);
  });
});
