import { serviceList } from '@yhdessa/testing';
import { forwardedServices, isForwardedService } from './forwarded-services.js';

describe('forwardedServices', () => {
  it('is every listed service but the gateway, with its port variable renamed _URL', () => {
    const expected = serviceList()
      .filter((service) => service.name !== 'gateway')
      .map((service) => [service.name, service.portVariable.replace(/_PORT$/, '_URL')]);
    expect(Object.entries(forwardedServices)).toEqual(expected);
  });

  it('knows no name outside the list, nor what objects inherit', () => {
    expect(isForwardedService('case-coordination')).toBe(true);
    expect(isForwardedService('gateway')).toBe(false);
    expect(isForwardedService('constructor')).toBe(false);
  });
});
