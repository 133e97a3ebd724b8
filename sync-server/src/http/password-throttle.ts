import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * One throttle for every way a password reaches CouchDB through sync-server (`POST
 * /db/_session` and HTTP Basic on any `/db` path, see password-gate.ts), per account and per
 * client address. It slows guessing down instead of locking anyone out for long:
 *
 * - an account gets `accountFree` failed attempts, from any address; after that each further
 *   attempt must wait `baseDelayS`, doubled per failure, at most `maxDelayS`;
 * - an address gets `addressFree` failed attempts over all names (spraying many names from one
 *   place), then the same growing wait;
 * - failures are forgotten `forgetAfterS` after the first one; a success on an account clears
 *   that account's record (the address keeps its own, so a valid login cannot wash it).
 *
 * An attempt is counted when it starts (a provisional failure) and the wait is set before the
 * password is checked, so parallel guesses cannot all slip in before the first answer; a success
 * gives the point back. Counters live in memory (rate-limiter-flexible): several sync-server
 * instances each throttle on their own, which still bounds guessing (CouchDB has no lockout).
 */
export interface PasswordThrottleOptions {
  accountFree?: number;
  addressFree?: number;
  baseDelayS?: number;
  maxDelayS?: number;
  forgetAfterS?: number;
}

export const PASSWORD_THROTTLE_DEFAULTS: Required<PasswordThrottleOptions> = {
  accountFree: 3,
  addressFree: 10,
  baseDelayS: 1,
  maxDelayS: 60,
  forgetAfterS: 15 * 60,
};

/** Password checks under way at once per client address; more wait their turn. */
const CHECKS_PER_ADDRESS = 4;

export type Attempt =
  | { blocked: true; retryAfterS: number }
  | {
      blocked: false;
      /** The password was right: the attempt does not count. */
      succeeded(): Promise<void>;
      /** The password was wrong: the attempt stays counted. */
      failed(): Promise<void>;
      /** No answer about the password (CouchDB down…): the attempt does not count. */
      undecided(): Promise<void>;
    };

export class PasswordThrottle {
  private readonly options: Required<PasswordThrottleOptions>;
  private readonly failures: RateLimiterMemory;
  private readonly waits: RateLimiterMemory;
  private readonly slots = new Map<string, { active: number; queue: (() => void)[] }>();

  constructor(options: PasswordThrottleOptions = {}) {
    this.options = { ...PASSWORD_THROTTLE_DEFAULTS, ...options };
    this.failures = new RateLimiterMemory({
      keyPrefix: 'password-failures',
      points: Number.MAX_SAFE_INTEGER,
      duration: this.options.forgetAfterS,
    });
    this.waits = new RateLimiterMemory({ keyPrefix: 'password-wait', points: 1, duration: 1 });
  }

  /** Starts an attempt for `name` from `address`, or says how long to wait first. */
  async begin(name: string, address: string): Promise<Attempt> {
    // Attempts from one address are checked a few at a time: a burst of guesses queues behind
    // the first answers (whose failures set the waits), a burst of real sign-ins just queues.
    const release = await this.acquire(address);
    const keys = [
      { key: `account:${name.toLowerCase()}`, free: this.options.accountFree },
      { key: `address:${address}`, free: this.options.addressFree },
    ];
    let retryAfterS = 0;
    for (const { key } of keys) {
      const wait = await this.waits.get(key);
      if (wait && wait.consumedPoints > 1) {
        retryAfterS = Math.max(retryAfterS, Math.ceil(wait.msBeforeNext / 1000));
      }
    }
    if (retryAfterS > 0) {
      release();
      return { blocked: true, retryAfterS };
    }

    const waitsS = new Map<string, number>();
    for (const { key, free } of keys) {
      const counted = await this.failures.penalty(key, 1);
      const over = counted.consumedPoints - free;
      if (over >= 0) waitsS.set(key, this.delayS(over));
    }
    const [accountKey, addressKey] = keys.map(({ key }) => key) as [string, string];
    // Parallel guesses at one account wait at once. The address waits only after a failure:
    // its provisional count includes the real sign-ins under way (a town hall behind one address).
    const accountWait = waitsS.get(accountKey);
    if (accountWait !== undefined) await this.waits.block(accountKey, accountWait);
    return {
      blocked: false,
      succeeded: async () => {
        release();
        await Promise.all([this.failures.delete(accountKey), this.waits.delete(accountKey)]);
        await this.failures.reward(addressKey, 1);
      },
      // The wait counts from the answer: checking a password can take longer than the wait.
      failed: async () => {
        for (const [key, seconds] of waitsS) await this.waits.block(key, seconds);
        release();
      },
      undecided: async () => {
        release();
        await Promise.all([
          this.failures.reward(accountKey, 1),
          this.failures.reward(addressKey, 1),
        ]);
      },
    };
  }

  /** A slot for one password check from `address`; the returned function frees it (once). */
  private acquire(address: string): Promise<() => void> {
    let slot = this.slots.get(address);
    if (!slot) {
      slot = { active: 0, queue: [] };
      this.slots.set(address, slot);
    }
    const current = slot;
    const release = () => {
      current.active -= 1;
      const next = current.queue.shift();
      if (next) next();
      else if (current.active === 0) this.slots.delete(address);
    };
    return new Promise((resolve) => {
      const take = () => {
        current.active += 1;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          release();
        });
      };
      if (current.active < CHECKS_PER_ADDRESS) take();
      else current.queue.push(take);
    });
  }

  private delayS(over: number): number {
    return Math.min(this.options.maxDelayS, this.options.baseDelayS * 2 ** over);
  }
}

/** Czech and English, like every reason the app shows; the seconds are in both. */
export function tooManyAttempts(retryAfterS: number): { error: string; reason: string } {
  return {
    error: 'too_many_requests',
    reason: `Příliš mnoho neúspěšných pokusů; zkuste to znovu za ${retryAfterS} s. / Too many failed attempts; try again in ${retryAfterS} s.`,
  };
}
