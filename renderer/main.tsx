import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bundledCorpus } from './storage/bundledCorpus';
import { db } from './storage/database';
import { seedCorpusOnce } from './storage/seedCorpus';
import './styles/app.css';

async function start(): Promise<void> {
  // Ask the browser not to evict the notebook under storage pressure (best effort).
  void navigator.storage?.persist?.().catch(() => false);
  await seedCorpusOnce(db, bundledCorpus());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root')!;
  root.textContent = `Margin could not open its notebook: ${error instanceof Error ? error.message : String(error)}`;
  root.setAttribute('role', 'alert');
});
