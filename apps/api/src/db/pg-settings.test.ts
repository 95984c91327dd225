import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.js';
import { parsePgSettings, sizedSettings } from './pg-settings.js';

const GB = 1024 ** 3;

describe('PostgreSQL sizing rule', () => {
  it('gives a quarter of memory to shared_buffers and half (embedded) or three quarters (dedicated) as cache', () => {
    expect(sizedSettings({ memoryBytes: 16 * GB, cores: 4 })).toEqual({
      max_connections: '200',
      shared_buffers: '4096MB',
      effective_cache_size: '8192MB',
      work_mem: '20MB',
      maintenance_work_mem: '1024MB',
    });
    expect(sizedSettings({ memoryBytes: 16 * GB, cores: 4 }, 'dedicated').effective_cache_size).toBe('12288MB');
  });

  it('keeps every setting within its bounds on small and large machines', () => {
    expect(sizedSettings({ memoryBytes: 0.25 * GB, cores: 1 })).toEqual({
      max_connections: '100',
      shared_buffers: '128MB',
      effective_cache_size: '128MB',
      work_mem: '4MB',
      maintenance_work_mem: '64MB',
    });
    expect(sizedSettings({ memoryBytes: 512 * GB, cores: 64 })).toMatchObject({
      max_connections: '400',
      shared_buffers: '8192MB',
      work_mem: '64MB',
      maintenance_work_mem: '2048MB',
    });
  });

  it('reads overrides from PG_SETTINGS and refuses anything but name=value pairs', () => {
    expect(parsePgSettings('shared_buffers=2GB, work_mem=32MB')).toEqual({ shared_buffers: '2GB', work_mem: '32MB' });
    expect(parsePgSettings(undefined)).toEqual({});
    expect(readEnv({ PG_SETTINGS: 'max_connections=50' }).pgSettings).toEqual({ max_connections: '50' });
    expect(() => readEnv({ PG_SETTINGS: 'shared_buffers' })).toThrow(/PG_SETTINGS/);
    expect(() => readEnv({ PG_SETTINGS: "work_mem=1MB';DROP" })).toThrow(/PG_SETTINGS/);
  });
});
