import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // e2e/*.spec.ts belong to Playwright; Vitest takes only unit tests next to the code.
    include: ['{app,renderer,main,bin,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
