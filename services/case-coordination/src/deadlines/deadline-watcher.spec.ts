import { jest } from '@jest/globals';
import type { EventPublisher } from '@yhdessa/messaging';
import { Clock } from '@yhdessa/platform';
import type { DataSource } from 'typeorm';
import { DeadlineWatcher } from './deadline-watcher.js';

describe('DeadlineWatcher', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('looks for overdue deadlines once per configured interval, not more often', () => {
    const watcher = new DeadlineWatcher({} as DataSource, {} as EventPublisher, new Clock(), 60_000);
    const raised = jest.spyOn(watcher, 'raiseOverdue').mockResolvedValue(0);
    watcher.onApplicationBootstrap();
    jest.advanceTimersByTime(59_999);
    expect(raised).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(raised).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(120_000);
    expect(raised).toHaveBeenCalledTimes(3);
    watcher.onApplicationShutdown();
    jest.advanceTimersByTime(600_000);
    expect(raised).toHaveBeenCalledTimes(3);
  });
});
