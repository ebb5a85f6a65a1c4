import { describe, expect, it } from 'vitest';
import { isLocalAddress } from './public-address.ts';

describe('isLocalAddress', () => {
  it('knows the addresses that only work on the server itself', () => {
    for (const url of ['http://localhost:3000', 'http://LOCALHOST', 'http://app.localhost:8080/x', 'http://127.0.0.1:3000', 'http://127.1.2.3', 'http://[::1]:3000', 'http://0.0.0.0:3000']) {
      expect([url, isLocalAddress(url)]).toEqual([url, true]);
    }
  });

  it('takes a real address, or a name that merely contains localhost, as public', () => {
    for (const url of ['https://factcheck.example.org', 'http://10.0.0.5:3000', 'https://localhost.example.com', 'https://نشر.example']) {
      expect([url, isLocalAddress(url)]).toEqual([url, false]);
    }
  });
});
