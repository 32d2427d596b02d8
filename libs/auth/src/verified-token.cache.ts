import type { AuthenticatedUser } from './authenticated-user.js';

interface Verified {
  user: AuthenticatedUser;
  /** The token's `exp`, in epoch milliseconds. */
  expiresAt: number;
}

/**
 * Tokens already verified, so a client's repeated requests with the same token skip the signature
 * check (an RSA verification each) until the token expires. Only tokens that passed every check go
 * in; an entry is used only while its `exp` lies ahead of the caller's clock, so an expired token
 * always goes back through the full check and gets its refusal from there. Bounded: past
 * `maxEntries` the oldest entry goes. Holds the claims in memory only, never logged.
 *
 * What it gives up: a signing key removed from the realm before a token's expiry keeps that token
 * valid here until it expires, at most an access token's lifetime (minutes).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly maxEntries = 5_000) {}

  get(token: string, now: Date): AuthenticatedUser | undefined {
    const verified = this.entries.get(token);
    if (!verified) return undefined;
    if (verified.expiresAt <= now.getTime()) {
      this.entries.delete(token);
      return undefined;
    }
    return verified.user;
  }

  /** `exp` as the token states it, in seconds since the epoch. */
  remember(token: string, user: AuthenticatedUser, exp: number): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(token)) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    // One object serves every request with this token: frozen, so no request can change another's caller.
    Object.freeze(user.roles);
    Object.freeze(user.actor);
    this.entries.set(token, { user: Object.freeze(user), expiresAt: exp * 1_000 });
  }

  get size(): number {
    return this.entries.size;
  }
}
