import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Logger, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { Clock } from '@yhdessa/platform';

export interface FeatureModuleLayout {
  /** The service's src/ folder. */
  src: string;
  /** The service's root module as it is built from .env.example's settings. */
  root(): DynamicModule;
  /** `(feature) => import(\`./${feature}/${feature}.module.js\`)`, from the spec beside the root module. */
  importFeature(feature: string): Promise<Record<string, unknown>>;
  /** Lower bounds that keep the checks from passing on an empty service. */
  atLeast: { features: number; providers: number };
}

/**
 * How a service is put together (docs/adding-a-feature.md): a folder per feature, each a Nest module,
 * the features depending on each other in one direction only, each module imported, and each provider
 * declared in one module. Called from `src/<service>.module.spec.ts`.
 */
export function describeFeatureModules(layout: FeatureModuleLayout): void {
  const { src } = layout;
  /** Folders that hold no feature: the database's history. */
  const notFeatures = new Set(['migrations']);
  const features = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory() && !notFeatures.has(name));

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
    });

  /** Which feature folders each feature folder's code imports (its module's imports of other modules among them), type-only imports included. */
  function folderGraph(): Map<string, Set<string>> {
    const graph = new Map(features.map((feature) => [feature, new Set<string>()]));
    for (const feature of features) {
      for (const file of sourceFiles(join(src, feature))) {
        for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
          const target = relative(src, join(file, '..', specifier!)).split('/')[0]!;
          if (target !== feature && graph.has(target)) graph.get(feature)!.add(target);
        }
      }
    }
    return graph;
  }

  /** A cycle in the graph as `a → b → a`, or null. */
  function cycleIn<T>(graph: ReadonlyMap<T, ReadonlySet<T>>, name: (node: T) => string): string | null {
    const done = new Set<T>();
    const path: T[] = [];
    const visit = (node: T): string | null => {
      if (path.includes(node)) return [...path.slice(path.indexOf(node)), node].map(name).join(' → ');
      if (done.has(node)) return null;
      path.push(node);
      for (const next of graph.get(node) ?? []) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
      path.pop();
      done.add(node);
      return null;
    };
    for (const node of graph.keys()) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
    return null;
  }

  type ModuleRef = Type | DynamicModule;
  const moduleType = (ref: ModuleRef | { forwardRef: unknown }): Type => {
    if ('forwardRef' in ref) throw new Error('a feature module imports another by forwardRef: break the cycle instead');
    return typeof ref === 'function' ? ref : ref.module;
  };
  const metadata = <T>(ref: ModuleRef, key: keyof DynamicModule & string, metadataKey: string): T[] => [
    ...((Reflect.getMetadata(metadataKey, moduleType(ref)) ?? []) as T[]),
    ...((typeof ref === 'function' ? [] : (ref[key] ?? [])) as T[]),
  ];

  /** The service's own modules (the root and those declared under src/), reached from the root, with what each imports. */
  function serviceModules(): Map<ModuleRef, ModuleRef[]> {
    const ownModules = new Map<ModuleRef, ModuleRef[]>();
    const isOwn = (ref: ModuleRef) => ref === root || serviceModuleTypes.has(moduleType(ref));
    const visit = (ref: ModuleRef): void => {
      if (ownModules.has(ref) || !isOwn(ref)) return;
      const imports = metadata<ModuleRef>(ref, 'imports', MODULE_METADATA.IMPORTS).filter(isOwn);
      ownModules.set(ref, imports);
      imports.forEach(visit);
    };
    visit(root);
    return ownModules;
  }

  /** The module class each feature folder declares in `<feature>.module.ts`. */
  const serviceModuleTypes = new Map<Type, string>();

  let root: DynamicModule;

  beforeAll(async () => {
    // Building the root module instantiates nothing; TypeORM would only warn that it names a data source.
    Logger.overrideLogger(['error']);
    root = layout.root();
    for (const feature of features) {
      const exported = await layout.importFeature(feature);
      const modules = Object.values(exported).filter(
        (value): value is Type => typeof value === 'function' && value.name.endsWith('Module'),
      );
      for (const module of modules) serviceModuleTypes.set(module, feature);
    }
  });

  describe('the feature folders', () => {
    it('each declare a Nest module of their own', () => {
      expect(features.length).toBeGreaterThanOrEqual(layout.atLeast.features);
      expect(features.filter((feature) => ![...serviceModuleTypes.values()].includes(feature))).toEqual([]);
    });

    it('depend on each other in one direction only', () => {
      expect(cycleIn(folderGraph(), (feature) => feature)).toBeNull();
    });
  });

  describe('the feature modules', () => {
    it('are all imported, from the root or by another feature', () => {
      const reached = [...serviceModules().keys()].map(moduleType);
      expect([...serviceModuleTypes.keys()].filter((module) => !reached.includes(module)).map((module) => module.name)).toEqual(
        [],
      );
    });

    it('import each other without a cycle (no forwardRef needed)', () => {
      const graph = new Map([...serviceModules()].map(([ref, imports]) => [moduleType(ref), new Set(imports.map(moduleType))]));
      expect(cycleIn(graph, (module) => module.name)).toBeNull();
    });

    it('each provide a class once: a second instance would run a watcher or an event handler twice', () => {
      const providedBy = new Map<unknown, string[]>();
      for (const ref of serviceModules().keys()) {
        for (const provider of metadata<Provider>(ref, 'providers', MODULE_METADATA.PROVIDERS)) {
          const token = typeof provider === 'function' ? provider : provider.provide;
          if (token === Clock) continue;
          providedBy.set(token, [...(providedBy.get(token) ?? []), moduleType(ref).name]);
        }
      }
      expect(
        [...providedBy]
          .filter(([, modules]) => modules.length > 1)
          .map(([token, modules]) => `${String((token as Type).name ?? token)}: ${modules.join(', ')}`),
      ).toEqual([]);
      expect(providedBy.size).toBeGreaterThanOrEqual(layout.atLeast.providers);
    });
  });
}
