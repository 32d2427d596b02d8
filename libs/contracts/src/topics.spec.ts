import { auditCheckpointsTopic, auditRecordsTopic, caseStateTopic, platformTopics, topicDefinition, topics } from './topics.js';

describe('topicDefinition', () => {
  it('deletes events, audit records and dead letters by age, with the installation partitions', () => {
    for (const topic of [topics.case, topics.plan, auditRecordsTopic, 'assessment.dlq']) {
      expect(topicDefinition(topic)).toEqual({ topic, config: { 'cleanup.policy': 'delete' } });
    }
  });

  it('compacts the case states: older ones gone within a day, an erasure kept a week', () => {
    expect(topicDefinition(caseStateTopic)).toEqual({
      topic: caseStateTopic,
      config: { 'cleanup.policy': 'compact', 'max.compaction.lag.ms': '86400000', 'delete.retention.ms': '604800000' },
    });
  });

  it('keeps the audit checkpoints compacted on one partition', () => {
    expect(topicDefinition(auditCheckpointsTopic)).toEqual({
      topic: auditCheckpointsTopic,
      partitions: 1,
      config: { 'cleanup.policy': 'compact' },
    });
  });
});

describe('platformTopics', () => {
  it("is every events topic, the case states, the audit checkpoints, the audit records and each consumer group's dead letters", () => {
    expect(platformTopics(['case-coordination', 'assessment']).map((definition) => definition.topic)).toEqual([
      'case.events',
      'assessment.events',
      'plan.events',
      'booking.events',
      'case.state',
      'audit.checkpoints',
      'audit.records',
      'case-coordination.dlq',
      'assessment.dlq',
    ]);
  });
});
