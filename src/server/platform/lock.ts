import type { LockApi } from "../../gas/gas";
import { services } from "./services";

/**
 * The lock that keeps two runs from writing the map at once: the document's, or, where there is
 * no document (an add-on's timed trigger runs outside one, and getDocumentLock() returns null),
 * the user's. Not the script's: an add-on's script lock is shared by every user of the add-on,
 * and each hourly run would wait on strangers'. Only this user's trigger runs this map's hour.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export function mapLock(): LockApi {
  const { locks } = services();
  return locks.getDocumentLock() ?? locks.getUserLock();
}

/**
 * Releases the lock after flushing: Sheets may hold writes back, and a form answer that takes
 * the lock next must read the rows this run wrote, not the ones before.
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
 */
export function releaseMapLock(lock: LockApi): void {
  try {
    services().spreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}

/** Holds the map's lock while writing, so a form answer arriving meanwhile waits its turn. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = mapLock();
  lock.waitLock(30_000);
  try {
    return work();
  } finally {
    releaseMapLock(lock);
  }
}
