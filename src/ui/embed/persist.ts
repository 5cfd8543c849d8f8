/**
 * The reader's home directory kept across page loads (the element's opt-in `persist`
 * attribute): one IndexedDB record per key. Failures (private mode, quota) only mean
 * nothing is kept; they never stop the terminal.
 */
import type { TreeEntry } from '../machine-client.ts';

const DB = 'terrarium';
const STORE = 'homes';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest): Promise<T | undefined> {
  try {
    const db = await open();
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => {
        db.close();
        resolve(req.result as T);
      };
      tx.onerror = () => reject(tx.error);
    });
  } catch (err) {
    console.warn('terrarium: home directory not kept:', err);
    return undefined;
  }
}

export function loadHome(key: string): Promise<TreeEntry[] | undefined> {
  return run<TreeEntry[]>('readonly', (s) => s.get(key));
}

export async function saveHome(key: string, entries: TreeEntry[]): Promise<void> {
  await run('readwrite', (s) => s.put(entries, key));
}

export async function clearHome(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
