import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The one list of the platform's services, read from the repository root (where npm, Jest and the tools run). */
export const SERVICE_LIST_PATH = 'tools/platform/services.json';

const variable = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name');

const serviceListSchema = z.object({
  services: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected a kebab-case service name'),
        /** The variable holding the service's HTTP port. */
        portVariable: variable,
        /** The variable naming the service's own database; null for a service without one. */
        databaseVariable: variable.nullable(),
        /** The topic the service publishes its events to; null for one that publishes none. */
        publishes: z.string().min(1).nullable(),
      }),
    )
    .min(1),
});

export type ListedService = z.infer<typeof serviceListSchema>['services'][number];

/** Every service of the platform, in the order `./yhdessa up` starts them. */
export function serviceList(path = SERVICE_LIST_PATH): ListedService[] {
  return serviceListSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).services;
}

/** One listed service; a name the list does not have is a mistake in the caller. */
export function listedService(name: string, services: ListedService[] = serviceList()): ListedService {
  const service = services.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`${name} is not in ${SERVICE_LIST_PATH}`);
  return service;
}

/** Which service publishes to each topic, from the list; every topic given must have exactly one publisher. */
export function topicPublishers<T extends string>(
  topics: readonly T[],
  services: ListedService[] = serviceList(),
): Record<T, string> {
  const entries = topics.map((topic) => {
    const publishers = services.filter((service) => service.publishes === topic);
    if (publishers.length !== 1) {
      throw new Error(`${SERVICE_LIST_PATH}: ${topic} needs exactly one publishing service, has ${publishers.length}`);
    }
    return [topic, publishers[0]!.name] as const;
  });
  return Object.fromEntries(entries) as Record<T, string>;
}
