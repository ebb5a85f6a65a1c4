import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryLimiters, type LimiterFactory } from '../cluster/rate-limiters.ts';

export interface LoginThrottleOptions {
  /** Failed logins allowed per account from one address in the window. */
  perAccount: number;
  /** Failed logins allowed per client address in the window (across accounts). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

/** Guesses at one account from everywhere together, as a multiple of the per-address allowance. */
const ACCOUNT_WIDE_FACTOR = 20;

/**
 * Slows password guessing. Every attempt is counted before the password is
 * checked (counting after the slow hash let 40 parallel guesses through a
 * limit of 5): per account and address (guessing one colleague's password
 * from one place), per address (trying many accounts from one place), and
 * per account from everywhere with a much larger allowance (a guesser with
 * many addresses). So a guesser elsewhere does not lock the owner out: the
 * owner's own address has its own count. A success gives its attempt back.
 */
export class LoginThrottle {
  private readonly byPair: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;

  /** `limiters` decides where the counts live: in memory, or shared by every node. */
  constructor(options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE, limiters: LimiterFactory = memoryLimiters) {
    this.byPair = limiters('login_pair', options.perAccount, options.windowSeconds);
    this.byAddress = limiters('login_address', options.perAddress, options.windowSeconds);
    this.byAccount = limiters('login_account', options.perAccount * ACCOUNT_WIDE_FACTOR, options.windowSeconds);
  }

  /**
   * Counts one attempt. Resolves to 0 when it may go ahead, or to the
   * seconds to wait when a count is over its limit (the attempt is refused
   * unchecked, and still counted: hammering keeps the wait going).
   */
  async attempt(email: string, address: string): Promise<number> {
    const results = await Promise.allSettled([this.byPair.consume(pairKey(email, address)), this.byAddress.consume(address), this.byAccount.consume(email)]);
    let waitMs = 0;
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      // consume() rejects with the count when over the limit; anything else (a database error) lets the try through.
      if (r.reason instanceof RateLimiterRes) waitMs = Math.max(waitMs, r.reason.msBeforeNext);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** The right password: this attempt was no guess. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.allSettled([this.byPair.delete(pairKey(email, address)), this.byAddress.reward(address, 1), this.byAccount.reward(email, 1)]);
  }
}

const pairKey = (email: string, address: string) => `${email.toLowerCase()}|${address}`;
