// Session: who runs the script, and the script's time zone.

import type { SessionApi, UserApi } from "../gas/gas";
import { counted } from "./calls";
import type { FakeContext } from "./context";

export class FakeUser implements UserApi {
  constructor(
    ctx: FakeContext,
    private readonly email: string,
  ) {
    return counted("User", this, ctx.calls);
  }

  getEmail(): string {
    return this.email;
  }
}

export class FakeSession implements SessionApi {
  constructor(private readonly ctx: FakeContext) {
    return counted("Session", this, ctx.calls);
  }

  getActiveUser(): FakeUser {
    return new FakeUser(this.ctx, this.ctx.userEmail);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.ctx, this.ctx.userEmail);
  }

  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }

  /** Stable for one user, and not their address. */
  getTemporaryActiveUserKey(): string {
    return `temp-${Buffer.from(this.ctx.userEmail).toString("base64url")}`;
  }
}
