import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbFileOf, readConfig } from '../../server/config.ts';

describe('the server environment', () => {
  it('keeps the working workspace in data/db.json, not in the committed db.json, unless DB_FILE says otherwise', () => {
    expect(readConfig({}).dbFile).toBe(resolve('data/db.json'));
    expect(dbFileOf({})).toBe(resolve('data/db.json'));
    expect(dbFileOf({ DB_FILE: '/srv/isnad/ws.json' })).toBe('/srv/isnad/ws.json');
  });

  it('takes PUBLIC_URL as an origin and refuses anything but an http(s) address, naming the variable', () => {
    expect(readConfig({ PUBLIC_URL: 'https://factcheck.example.org/some/path' }).publicUrl).toBe('https://factcheck.example.org');
    expect(() => readConfig({ PUBLIC_URL: 'factcheck.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'ftp://factcheck.example.org' })).toThrow(/PUBLIC_URL/);
  });
});
