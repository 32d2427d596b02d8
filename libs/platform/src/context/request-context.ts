import { AsyncLocalStorage } from 'node:async_hooks';

/** What travels with one unit of work (an HTTP request or a consumed event) across awaits. */
export interface RequestContext {
  correlationId: string;
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
