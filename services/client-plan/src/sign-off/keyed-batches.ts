interface Waiting<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Work for one key done a batch at a time: the first item starts at once, and what arrives for the same
 * key while a batch runs waits for the next one, which takes all of it. `run` answers each item of its
 * batch, in order, with its outcome; an item it cannot answer is rejected with the batch's error.
 */
export class KeyedBatches<I, O> {
  private readonly waiting = new Map<string, Waiting<I, O>[]>();

  constructor(private readonly run: (key: string, batch: readonly I[]) => Promise<Array<PromiseSettledResult<O>>>) {}

  add(key: string, input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ input, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ input, resolve, reject }]);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    for (;;) {
      const batch = this.waiting.get(key) ?? [];
      if (batch.length === 0) {
        this.waiting.delete(key);
        return;
      }
      this.waiting.set(key, []);
      try {
        const outcomes = await this.run(
          key,
          batch.map((item) => item.input),
        );
        batch.forEach((item, index) => {
          const outcome = outcomes[index];
          if (outcome?.status === 'fulfilled') item.resolve(outcome.value);
          else item.reject(outcome ? outcome.reason : new Error('The batch gave this item no outcome'));
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
  }
}
