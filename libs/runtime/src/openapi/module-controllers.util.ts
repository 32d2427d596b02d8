import type { DynamicModule, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';

type ModuleRef = Type | DynamicModule | { forwardRef: () => ModuleRef };

/**
 * The controllers a module and everything it imports declare, without building the application
 * (nothing connects): what `NestFactory.create` would serve, in import order.
 */
export function moduleControllers(root: unknown): Type[] {
  const controllers: Type[] = [];
  const seen = new Set<unknown>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || seen.has(ref)) return;
    seen.add(ref);
    if (ref instanceof Promise) throw new Error('an asynchronously built module cannot be read without starting the application');
    if ('forwardRef' in ref) return visit(ref.forwardRef());
    const type = typeof ref === 'function' ? ref : ref.module;
    const dynamic: Partial<DynamicModule> = typeof ref === 'function' ? {} : ref;
    const declared = (key: string) => (Reflect.getMetadata(key, type) ?? []) as unknown[];
    for (const controller of [...declared(MODULE_METADATA.CONTROLLERS), ...(dynamic.controllers ?? [])] as Type[]) {
      if (!controllers.includes(controller)) controllers.push(controller);
    }
    for (const imported of [...declared(MODULE_METADATA.IMPORTS), ...(dynamic.imports ?? [])]) visit(imported as ModuleRef);
  };
  visit(root as ModuleRef);
  return controllers;
}
