import { services } from "./services";

/** Holds the document lock while writing, so a form answer arriving meanwhile waits its turn. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = services().locks.getDocumentLock();
  lock.waitLock(30_000);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
