import { Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { SlotView } from './slot.view.js';

/**
 * Sends a search's answer as JSON written once: the same answer — the same array, which the search
 * keeps for as long as the calendars and the answer stay the same — goes out again from its bytes,
 * instead of being serialised anew for every asker (8 weeks of free times are some 160 kB).
 */
@Injectable()
export class SlotAnswerInterceptor implements NestInterceptor<SlotView[], StreamableFile> {
  private readonly written = new WeakMap<SlotView[], Buffer>();

  intercept(_context: ExecutionContext, next: CallHandler<SlotView[]>): Observable<StreamableFile> {
    return next.handle().pipe(
      map((answer) => {
        let body = this.written.get(answer);
        if (!body) {
          body = Buffer.from(JSON.stringify(answer));
          this.written.set(answer, body);
        }
        return new StreamableFile(body, { type: 'application/json; charset=utf-8', length: body.length });
      }),
    );
  }
}
