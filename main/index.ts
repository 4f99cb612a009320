// Margin's main process. Everything that must happen before Electron is ready happens here, at the
// top of the entry module (ES module imports run first; nothing above awaits), then the services
// start in lifecycle.ts.
import { app } from 'electron';
import { join } from 'node:path';
import { startMargin } from './lifecycle';
import { APP_ENTRY_URL } from './protocol/appOrigin';
import { registerAppScheme } from './protocol/appScheme';

// out/main/index.js → out/renderer/, out/preload/ (inside app.asar once packaged).
const outDir = join(import.meta.dirname, '..');

registerAppScheme();
// Every renderer sandboxed, including any the window options forget.
app.enableSandbox();
// A separate profile for a test run or a second notebook; the default is the OS's app-data folder.
const userDataDir = process.env.MARGIN_USER_DATA_DIR;
if (userDataDir) app.setPath('userData', userDataDir);

// One instance per profile: two processes writing one IndexedDB would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startMargin({
    rendererDir: join(outDir, 'renderer'),
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    entryUrl: APP_ENTRY_URL,
  }).catch((error: unknown) => {
    console.error('Margin failed to start:', error);
    app.exit(1);
  });
}
