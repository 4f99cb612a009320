import { describe, expect, it } from 'vitest';
import type { BackupWorkerResponse } from '../workers/backupProtocol';
import { askBackupWorker, type BackupWorkerLike } from './backupOffThread';

/** A stand-in worker that sends `script`'s answers at the given times (ms after the request). */
function fakeWorker(script: ReadonlyArray<readonly [number, BackupWorkerResponse]>) {
  const target = new EventTarget();
  const state = { terminated: false };
  const worker: BackupWorkerLike = {
    addEventListener: target.addEventListener.bind(target) as Worker['addEventListener'],
    postMessage: () => {
      for (const [at, data] of script) setTimeout(() => state.terminated || target.dispatchEvent(new MessageEvent('message', { data })), at);
    },
    terminate: () => void (state.terminated = true),
  };
  return { start: () => worker, state };
}

describe('askBackupWorker', () => {
  it('gives the answer, however long the backup took while the worker said it was alive', async () => {
    const alive = Array.from({ length: 8 }, (_, i) => [10 + i * 20, { type: 'alive' }] as const);
    const { start, state } = fakeWorker([...alive, [180, { type: 'stored' }]]);
    await expect(askBackupWorker({ createdAt: '2026-11-22T00:00:00.000Z' }, start, 50)).resolves.toEqual({ type: 'stored' });
    expect(state.terminated).toBe(true);
  });

  it('fails, saying so, when the worker goes silent without an error (out of memory)', async () => {
    const { start, state } = fakeWorker([[10, { type: 'alive' }]]);
    await expect(askBackupWorker({ createdAt: '2026-11-22T00:00:00.000Z' }, start, 50)).rejects.toThrow('the backup worker stopped answering');
    expect(state.terminated).toBe(true);
  });

  it('keeps the name of the error the worker met (a full disk stays a QuotaExceededError)', async () => {
    const { start } = fakeWorker([[5, { type: 'failed', name: 'QuotaExceededError', message: 'The disk is full.' }]]);
    await expect(askBackupWorker({ createdAt: '2026-11-22T00:00:00.000Z' }, start, 50)).rejects.toMatchObject({ name: 'QuotaExceededError', message: 'The disk is full.' });
  });
});
