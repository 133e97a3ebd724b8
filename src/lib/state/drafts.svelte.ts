import { untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { session } from './session.svelte';

// Dexie is loaded on first use: the root layout's notice reads this state on every page.
const table = () => import('$lib/data/dexie/drafts.table');

type Values = Record<string, string>;

/** What a form's draft notice needs to know and do. */
export interface DraftStatus {
  readonly dirty: boolean;
  readonly restoredAt: string | undefined;
  /** The latest typing is written to the device (not only held in memory). */
  readonly stored: boolean;
  discard(): Promise<void>;
}

const nowIso = (): string => new Date().toISOString();

/** How long typing pauses before the draft is written to the device. */
const WRITE_DELAY_MS = 250;

/**
 * Every form draft on the page, for the leave guard: a tab closed with an unsaved draft asks
 * first, and an in-app navigation away from one leaves a notice on the next page.
 */
class DraftRegistry {
  #open = new SvelteSet<DraftStatus & { flush(): Promise<void> }>();
  /** Some open form holds typing that is not saved. */
  dirty = $derived([...this.#open].some((d) => d.dirty));
  /** The page a person left with a draft (shown as a notice with a way back). */
  leftBehind = $state<string | undefined>();

  add(draft: DraftStatus & { flush(): Promise<void> }): void {
    this.#open.add(draft);
  }

  remove(draft: DraftStatus & { flush(): Promise<void> }): void {
    this.#open.delete(draft);
  }

  /** Writes every pending draft now (the page is being hidden or left). */
  flushAll(): void {
    for (const draft of this.#open) void draft.flush();
  }

  /** Whether the signed-in user has a stored draft for `scope` (a closed form opens itself). */
  async exists(scope: string): Promise<boolean> {
    const user = session.user?.name;
    if (!user) return false;
    return (await (await table()).getDraft(user, scope)) !== undefined;
  }

  /** Deletes one user's drafts (sign-out that deletes this device's copy). */
  async forgetUser(user: string): Promise<void> {
    await (await table()).deleteUserDrafts(user);
  }
}

export const drafts = new DraftRegistry();

/**
 * What a person types into one form, kept on the device while typing (per user and `scope`)
 * and restored when the form opens again, after a reload, a crash or offline. `base` is the
 * stored document's current values: a field equal to it is not a draft. Create it while a
 * component initialises (it uses effects); bind fields with
 * `bind:value={() => draft.value('x'), (v) => draft.set('x', v)}`.
 */
export class FormDraft<T extends Values> implements DraftStatus {
  #edits = $state<Partial<T> | undefined>();
  /** When the restored draft was last typed (ISO), while it is shown unsaved. */
  restoredAt = $state<string | undefined>();
  dirty = $derived(this.#edits !== undefined);
  stored = $state(false);
  #scope: () => string;
  #base: () => T;
  #user: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(scope: () => string, base: () => T) {
    this.#scope = scope;
    this.#base = base;
    $effect(() => {
      const user = session.user?.name;
      const key = scope();
      untrack(() => void this.#load(user, key));
    });
    $effect(() => {
      drafts.add(this);
      return () => {
        void this.flush();
        drafts.remove(this);
      };
    });
  }

  /** The field as the form shows it: the draft's text, else the stored value. */
  value<K extends keyof T & string>(field: K): string {
    return this.#edits?.[field] ?? this.#base()[field] ?? '';
  }

  /** The form's values to save: stored values with the draft applied. */
  get values(): T {
    return { ...this.#base(), ...this.#edits } as T;
  }

  set<K extends keyof T & string>(field: K, text: string): void {
    const base = this.#base();
    const next = { ...this.#edits, [field]: text } as Partial<T>;
    const changed = Object.keys(next).some((k) => next[k] !== base[k]);
    this.#edits = changed ? next : undefined;
    if (!changed) this.restoredAt = undefined;
    this.stored = false;
    this.#schedule();
  }

  /** The form was saved: the draft is done. */
  async saved(): Promise<void> {
    await this.#drop();
  }

  /** The person chose "discard draft": the form shows the stored values again. */
  async discard(): Promise<void> {
    await this.#drop();
  }

  async flush(): Promise<void> {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#write();
  }

  async #drop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#edits = undefined;
    this.restoredAt = undefined;
    if (this.#user) await (await table()).deleteDraft(this.#user, this.#scope());
  }

  async #load(user: string | undefined, scope: string): Promise<void> {
    if (user !== this.#user) {
      // Another person: never show or keep the previous one's typing.
      this.#edits = undefined;
      this.restoredAt = undefined;
    }
    this.#user = user;
    if (!user) return;
    const row = await (await table()).getDraft(user, scope);
    // Typing that started meanwhile wins over the stored draft.
    if (!row || this.#edits !== undefined || user !== this.#user) return;
    this.#edits = row.values as Partial<T>;
    this.restoredAt = row.updatedAt;
    this.stored = true;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#write();
    }, WRITE_DELAY_MS);
  }

  async #write(): Promise<void> {
    const user = this.#user;
    if (!user) return;
    const scope = this.#scope();
    const store = await table();
    const edits = $state.snapshot(this.#edits) as Values | undefined;
    if (edits === undefined) {
      await store.deleteDraft(user, scope);
      return;
    }
    await store.putDraft({
      user,
      scope,
      values: edits,
      path: location.pathname,
      updatedAt: nowIso(),
    });
    // Typing that came while writing waits for its own write.
    if (this.#timer === undefined) this.stored = true;
  }
}
