import type { Browser } from './browser.fixture.js';

export interface Received {
  data: { caseId: string; kind: string };
  at: number;
}

/** A browser's open `GET /api/events` stream, collecting each `data:` message with when it came. */
export class EventStream {
  readonly received: Received[] = [];
  readonly comments: string[] = [];
  private readonly controller = new AbortController();
  private ended = false;

  private constructor(readonly status: number) {}

  static async open(browser: Browser, gatewayUrl: string): Promise<EventStream> {
    const controller = new AbortController();
    const response = await browser.request(`${gatewayUrl}/api/events`, { signal: controller.signal });
    const stream = new EventStream(response.status);
    stream.controller.signal.addEventListener('abort', () => controller.abort());
    if (response.ok && response.body) void stream.read(response.body);
    return stream;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  forCase(caseId: string): Received[] {
    return this.received.filter((message) => message.data.caseId === caseId);
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) {
            if (line.startsWith('data: ')) this.received.push({ data: JSON.parse(line.slice(6)), at: Date.now() });
            else if (line.startsWith(':')) this.comments.push(line);
          }
        }
      }
    } catch {
      // aborted
    }
    this.ended = true;
  }
}
