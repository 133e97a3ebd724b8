// Runs in every integration test file (vitest.config.ts `setupFiles`): after the file's own hooks.
import { afterAll } from 'vitest';
import { dropTestDatabases } from './cleanup';

afterAll(dropTestDatabases, 120_000);
