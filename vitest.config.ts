import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default leaves a core for itself (one worker on a 2-core machine), but much of this suite waits on
    // the processes it starts (Astro, servers, biber): a worker per core runs in about half the time.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      // Fast checks of the code and the content; they need no build.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Checks of the built HTML in dist/ without a browser; run after `npm run build`.
      // Each test reads many pages (every page of a locale): parsing them takes seconds on a busy machine.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
