import { QueryFailedError } from 'typeorm';
import { backoffMs, classifyFailure, TransientError } from './failure-classifier.js';

const withCode = (code: unknown, message = 'failed') => Object.assign(new Error(message), { code });
const queryFailed = (code: string) => new QueryFailedError('UPDATE thing SET x = $1', ['secret'], withCode(code));

describe('classifyFailure', () => {
  it('takes a TransientError at its word', () => {
    expect(classifyFailure(new TransientError('the projection is rebuilding'))).toBe('transient');
  });

  it.each([
    ['08006', 'connection failure'],
    ['08P01', 'protocol violation (class 08)'],
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock detected'],
    ['53300', 'too many connections (class 53)'],
    ['57P01', 'admin shutdown'],
    ['57P02', 'crash shutdown'],
    ['57P03', 'cannot connect now'],
    ['55P03', 'lock not available'],
  ])('calls SQLSTATE %s (%s) transient', (code) => {
    expect(classifyFailure(withCode(code))).toBe('transient');
  });

  it.each([
    ['23505', 'unique violation'],
    ['23503', 'foreign key violation'],
    ['22P02', 'invalid text representation'],
    ['40002', 'integrity constraint violation (class 40, not a retry)'],
    ['57014', 'query canceled'],
    ['57P04', 'database dropped'],
    ['42P01', 'undefined table'],
  ])('calls SQLSTATE %s (%s) permanent', (code) => {
    expect(classifyFailure(withCode(code))).toBe('permanent');
  });

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])(
    'calls the network error %s transient',
    (code) => {
      expect(classifyFailure(withCode(code))).toBe('transient');
    },
  );

  it('calls other system errors permanent', () => {
    expect(classifyFailure(withCode('ENOENT'))).toBe('permanent');
    expect(classifyFailure(withCode('ERR_INVALID_ARG_TYPE'))).toBe('permanent');
  });

  it('reads the code of a TypeORM query failure, on the error or its driverError', () => {
    expect(classifyFailure(queryFailed('40P01'))).toBe('transient');
    expect(classifyFailure({ driverError: withCode('57P01') })).toBe('transient');
    expect(classifyFailure(queryFailed('23505'))).toBe('permanent');
  });

  it('reads the code or message of the cause an error wraps', () => {
    expect(classifyFailure(new Error('could not save', { cause: withCode('ECONNRESET') }))).toBe('transient');
    expect(classifyFailure(new Error('could not save', { cause: new Error('Connection terminated unexpectedly') }))).toBe(
      'transient',
    );
    expect(classifyFailure(new Error('could not save', { cause: withCode('23505') }))).toBe('permanent');
  });

  it.each([
    'Connection terminated unexpectedly',
    'connection terminated due to connection timeout',
    'Client has encountered a connection error and is not queryable: connection closed',
    'Connection ended',
    'timeout exceeded when trying to connect',
  ])('calls the driver message "%s" transient', (message) => {
    expect(classifyFailure(new Error(message))).toBe('transient');
  });

  it('calls a handler failure of its own permanent', () => {
    expect(classifyFailure(new Error('responsible worker missing from the payload'))).toBe('permanent');
    expect(classifyFailure(new TypeError("Cannot read properties of undefined (reading 'userId')"))).toBe('permanent');
  });

  it('ignores a code that is not a string', () => {
    expect(classifyFailure(withCode(40001))).toBe('permanent');
  });

  it.each([
    ['a string', 'ECONNRESET'],
    ['undefined', undefined],
    ['null', null],
    ['a number', 40001],
  ])('calls a thrown value that is no object (%s) permanent', (_, thrown) => {
    expect(classifyFailure(thrown)).toBe('permanent');
  });
});

describe('backoffMs', () => {
  it('starts at the initial wait and doubles each attempt', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt, 100, 10_000))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than the cap', () => {
    expect([5, 6, 30].map((attempt) => backoffMs(attempt, 100, 1_000))).toEqual([1_000, 1_000, 1_000]);
  });
});
