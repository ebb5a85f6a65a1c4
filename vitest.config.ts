import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Tests of pure logic sit beside it; integration and browser tests in tests/.
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Generous: browser tests share two cores with the rest of the suite in CI.
    testTimeout: 45_000,
    hookTimeout: 30_000,
  },
});
