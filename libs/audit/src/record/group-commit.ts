export interface GroupCommitOptions {
  /** Writes in flight at once; submissions arriving meanwhile wait and go together in the next one. */
  maxConcurrentWrites: number;
  /** Items per write, at most (a single submission larger than this is still written whole). */
  maxItemsPerWrite: number;
}

interface Submission<Item, Result> {
  items: readonly Item[];
  resolve: (results: Result[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: submissions that arrive while earlier ones are being written wait, and are then
 * written together, one transaction for all of them, instead of one each. A submission on an idle
 * queue is written at once, so nothing waits for a timer; under load the batches grow by themselves
 * and the cost of a transaction (its round trips and its flush to disk) is shared.
 *
 * Every submission resolves only once the write that holds its items has committed, with the results
 * of its own items in order. If a write of several submissions fails, each of them is written again
 * on its own, so one submission's failure (or a passing fault) never fails the others; a submission
 * whose own write fails is rejected with that error.
 */
export class GroupCommit<Item, Result> {
  private readonly waiting: Array<Submission<Item, Result>> = [];
  private writing = 0;
  private idle: Promise<void> = Promise.resolve();
  private becameIdle: () => void = () => {};

  constructor(
    private readonly writeBatch: (items: readonly Item[]) => Promise<Result[]>,
    private readonly options: GroupCommitOptions,
  ) {
    if (!(options.maxConcurrentWrites >= 1 && options.maxItemsPerWrite >= 1)) {
      throw new RangeError('a group commit needs at least one write in flight and one item per write');
    }
  }

  submit(items: readonly Item[]): Promise<Result[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise<Result[]>((resolve, reject) => {
      if (this.writing === 0 && this.waiting.length === 0) this.idle = new Promise((done) => (this.becameIdle = done));
      this.waiting.push({ items, resolve, reject });
      this.startWrites();
    });
  }

  /** Resolves once every submission made so far has been written or rejected. */
  drained(): Promise<void> {
    return this.idle;
  }

  private startWrites(): void {
    while (this.writing < this.options.maxConcurrentWrites && this.waiting.length > 0) {
      const batch = this.takeBatch();
      this.writing += 1;
      void this.write(batch).finally(() => {
        this.writing -= 1;
        this.startWrites();
        if (this.writing === 0 && this.waiting.length === 0) this.becameIdle();
      });
    }
  }

  private takeBatch(): Array<Submission<Item, Result>> {
    const batch = [this.waiting.shift()!];
    let items = batch[0]!.items.length;
    while (this.waiting.length > 0 && items + this.waiting[0]!.items.length <= this.options.maxItemsPerWrite) {
      const next = this.waiting.shift()!;
      items += next.items.length;
      batch.push(next);
    }
    return batch;
  }

  private async write(batch: ReadonlyArray<Submission<Item, Result>>): Promise<void> {
    let results: Result[];
    try {
      results = await this.writeBatch(batch.flatMap((submission) => submission.items));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      await Promise.all(batch.map((submission) => this.writeAlone(submission)));
      return;
    }
    let offset = 0;
    for (const submission of batch) {
      submission.resolve(results.slice(offset, offset + submission.items.length));
      offset += submission.items.length;
    }
  }

  private async writeAlone(submission: Submission<Item, Result>): Promise<void> {
    try {
      submission.resolve(await this.writeBatch(submission.items));
    } catch (error) {
      submission.reject(error);
    }
  }
}
