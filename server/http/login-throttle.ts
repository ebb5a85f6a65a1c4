import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryLimiters, type LimiterFactory } from '../cluster/rate-limiters.ts';

export interface LoginThrottleOptions {
  /** Failed logins allowed per account in the window. */
  perAccount: number;
  /** Failed logins allowed per client address in the window (across accounts). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 };

/**
 * Slows password guessing: failures count per account (against guessing one
 * colleague's password from many places) and per address (against trying
 * many accounts from one place). A success clears its account's count.
 */
export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  /** `limiters` decides where the counts live: in memory, or shared by every node. */
  constructor(
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
    limiters: LimiterFactory = memoryLimiters,
  ) {
    this.byAccount = limiters('login_account', options.perAccount, options.windowSeconds);
    this.byAddress = limiters('login_address', options.perAddress, options.windowSeconds);
  }

  /** Seconds to wait before trying again, or 0 when a try is allowed. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [account, addr] = await Promise.all([this.byAccount.get(email), this.byAddress.get(address)]);
    const blocked = [
      account && account.consumedPoints >= this.options.perAccount ? account.msBeforeNext : 0,
      addr && addr.consumedPoints >= this.options.perAddress ? addr.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...blocked) / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    // consume() rejects once over the limit; the count is what matters here.
    await Promise.allSettled([this.byAccount.consume(email), this.byAddress.consume(address)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
