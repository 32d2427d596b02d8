import type { MessagingOptions } from '../messaging.options.js';
import { serviceTopics } from './topic-provisioner.js';

const options = (parts: Partial<MessagingOptions>): MessagingOptions => ({
  service: 's',
  brokers: ['127.0.0.1:9092'],
  consumerGroup: 'group-1',
  subscribesTo: [],
  publishesTo: [],
  ...parts,
});

describe('serviceTopics', () => {
  it("is what the service publishes, its state topics, what it consumes and its group's dead letters, each once", () => {
    expect(
      serviceTopics(
        options({ publishesTo: ['case.events'], publishesStateTo: ['case.state'], subscribesTo: ['case.events', 'plan.events'] }),
      ),
    ).toEqual(['case.events', 'case.state', 'plan.events', 'group-1.dlq']);
  });

  it('has no dead-letter topic for a service that consumes nothing', () => {
    expect(serviceTopics(options({ publishesTo: ['plan.events'] }))).toEqual(['plan.events']);
  });
});
