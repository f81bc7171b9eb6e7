import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../graphql/errors.ts';

export interface RateLimitOptions {
  /** Public requests per minute from one IP address. */
  readonly perIpPerMinute: number;
  /** Public requests per minute for one site key, from everywhere. */
  readonly perSiteKeyPerMinute: number;
}

/**
 * Limits for the public operations, which anyone on the internet can call: per IP address (one abuser) and per
 * site key (a distributed flood on one survey). In memory: each API process counts its own requests.
 */
export function createRateLimits({ perIpPerMinute, perSiteKeyPerMinute }: RateLimitOptions) {
  const byIp = new RateLimiterMemory({ keyPrefix: 'ip', points: perIpPerMinute, duration: 60 });
  const bySiteKey = new RateLimiterMemory({ keyPrefix: 'site', points: perSiteKeyPerMinute, duration: 60 });

  async function take(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new RateLimitedError(`Too many requests ${what}; retry in ${seconds} s.`, seconds);
    }
  }

  return {
    async consume(ip: string, siteKey: string): Promise<void> {
      await take(byIp, ip, 'from this address');
      await take(bySiteKey, siteKey.slice(0, 64), 'for this survey');
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
