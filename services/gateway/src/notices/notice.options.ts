/** The Redis channel one gateway deployment's instances share notices on (one per consumer group). */
export const NOTICE_CHANNEL = Symbol('NOTICE_CHANNEL');

export const noticeChannel = (consumerGroup: string): string => `gateway:notices:${consumerGroup}`;
