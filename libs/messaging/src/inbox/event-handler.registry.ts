import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { EventName } from '@yhdessa/contracts';
import { EVERY_EVENT, HANDLES_EVENT, type EventHandler } from './handles-event.decorator.js';

/** Finds every `@HandlesEvent` method in the service's providers at start. */
@Injectable()
export class EventHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, Array<EventHandler<EventName>>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = instance[method] as EventHandler<EventName>;
        const name = this.reflector.get<EventName | undefined>(HANDLES_EVENT, handler);
        if (!name) continue;
        const list = this.handlers.get(name) ?? [];
        list.push(handler.bind(instance));
        this.handlers.set(name, list);
      }
    }
  }

  /** The handlers of one event, then those that take every event. */
  handlersFor(name: string): ReadonlyArray<EventHandler<EventName>> {
    return [...(this.handlers.get(name) ?? []), ...(this.handlers.get(EVERY_EVENT) ?? [])];
  }
}
