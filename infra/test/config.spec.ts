import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { BaseConfigSchema, ConfigError, loadConfig } from '@legalaid/infra';

describe('configuration loader', () => {
  it('applies defaults and coerces numbers', () => {
    const c = loadConfig(BaseConfigSchema, { HEALTH_PORT: '9100' });
    expect(c.HEALTH_PORT).toBe(9100);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.BUS_MAX_DELIVER).toBe(5);
  });

  it.each([
    ['NATS_URL', 'localhost:4222', /NATS_URL: must be a nats:\/\/ or tls:\/\/ URL.*got "localhost:4222"/],
    ['MONGO_URL', 'postgres://x', /MONGO_URL: must be a mongodb:\/\/ URL/],
    ['HEALTH_PORT', '70000', /HEALTH_PORT: .*65535/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: /],
    ['BUS_BACKOFF_MS', '100,soon', /BUS_BACKOFF_MS: must be comma-separated milliseconds/],
    ['OUTBOX_POLL_MS', '-5', /OUTBOX_POLL_MS: /],
  ])('refuses a bad %s with a message naming the variable', (variable, value, message) => {
    let error: unknown;
    try {
      loadConfig(BaseConfigSchema, { [variable]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig(BaseConfigSchema, { NATS_URL: 'x', MONGO_URL: 'y' })).toThrow(/NATS_URL[\s\S]*MONGO_URL/);
  });

  it('names a missing required variable', () => {
    const schema = z.object({ INTAKE_INDEX_KEY: z.string() });
    expect(() => loadConfig(schema, {})).toThrow(/INTAKE_INDEX_KEY: /);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig(BaseConfigSchema, { NATS_URL: '' }).NATS_URL).toBeUndefined();
  });
});
