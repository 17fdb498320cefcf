// LockService. One script runs at a time here, so "another execution holds the lock" is something
// a test declares with LockBoard.holdElsewhere; tryLock and waitLock then time out as Google's do.

import type { LockApi, LockServiceApi } from "../gas/gas";
import { counted } from "./calls";
import { gasError, type FakeContext } from "./context";

export type LockKind = "document" | "script" | "user";
const ELSEWHERE = Symbol("another execution");

export class LockBoard {
  private readonly holders = new Map<LockKind, object | typeof ELSEWHERE>();
  /** Each release made while spreadsheet writes were not flushed, by the lock's kind. */
  readonly unflushed: LockKind[] = [];

  /** Another execution takes the lock (and keeps it until released). */
  holdElsewhere(kind: LockKind): void {
    this.holders.set(kind, ELSEWHERE);
  }

  /** Frees the lock, whoever holds it: the end of an execution releases its locks. */
  release(kind?: LockKind): void {
    if (kind) this.holders.delete(kind);
    else this.holders.clear();
  }

  isHeld(kind: LockKind): boolean {
    return this.holders.has(kind);
  }

  _holder(kind: LockKind): object | typeof ELSEWHERE | undefined {
    return this.holders.get(kind);
  }

  _take(kind: LockKind, lock: object): void {
    this.holders.set(kind, lock);
  }
}

export class FakeLock implements LockApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly board: LockBoard,
    private readonly kind: LockKind,
  ) {
    return counted("Lock", this, ctx.calls);
  }

  tryLock(_timeoutInMillis: number): boolean {
    const holder = this.board._holder(this.kind);
    if (holder !== undefined && holder !== this) return false;
    this.board._take(this.kind, this);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw gasError("Lock timeout: another process was holding the lock for too long.");
    }
  }

  /**
   * Releasing a lock that is not held has no effect. Google's reference: "if you are working with
   * a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing the lock, to commit
   * all pending changes"; otherwise the next holder may read rows this one has not saved. The
   * fake records such a release (LockBoard.unflushed) for a test to fail on.
   * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
   */
  releaseLock(): void {
    if (!this.hasLock()) return;
    if (this.ctx.calls.unflushed) this.board.unflushed.push(this.kind);
    this.board.release(this.kind);
  }

  hasLock(): boolean {
    return this.board._holder(this.kind) === this;
  }
}

export class FakeLockService implements LockServiceApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly board: LockBoard,
  ) {
    return counted("LockService", this, ctx.calls);
  }

  /**
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or web app), null is returned." An add-on's timed trigger is such a run.
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): FakeLock | null {
    return this.ctx.noDocument ? null : new FakeLock(this.ctx, this.board, "document");
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.ctx, this.board, "script");
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.ctx, this.board, "user");
  }
}
