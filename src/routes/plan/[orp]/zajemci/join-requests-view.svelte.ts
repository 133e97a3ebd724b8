import type {
  JoinAcceptResult,
  JoinRequestDoc,
} from '$lib/domain/participation/join-request.types';
import type { Reason } from '$lib/domain/validation/validation.types';
import {
  acceptJoinRequest,
  declineJoinRequest,
  listJoinRequests,
} from '$lib/services/join-requests.service';

/**
 * The coordinator's list of joining requests. Online only and never copied to the device:
 * the requests are personal data of people who are not members (yet).
 */
export class JoinRequestsView {
  requests = $state.raw<JoinRequestDoc[]>([]);
  loaded = $state(false);
  error = $state<Reason | undefined>();
  busy = $state(false);
  /** The account just created, shown once so the coordinator can pass it on. */
  accepted = $state<(JoinAcceptResult & { personName: string }) | undefined>();
  /** What just happened, for the live region. */
  notice = $state('');

  constructor(private readonly orp: () => string) {}

  async load(): Promise<void> {
    try {
      this.requests = await listJoinRequests(this.orp());
      this.error = undefined;
    } catch (error) {
      this.error = toReason(error);
    }
    this.loaded = true;
  }

  async accept(doc: JoinRequestDoc): Promise<boolean> {
    this.busy = true;
    const result = await acceptJoinRequest(this.orp(), doc._id);
    this.busy = false;
    if (!result.ok) {
      this.error = result.reason;
      return false;
    }
    this.error = undefined;
    this.accepted = { ...result.value, personName: doc.name };
    await this.load();
    return true;
  }

  async decline(doc: JoinRequestDoc, done: string): Promise<void> {
    this.busy = true;
    try {
      await declineJoinRequest(this.orp(), doc);
      this.notice = done;
      this.error = undefined;
    } catch (error) {
      this.error = toReason(error);
    }
    this.busy = false;
    await this.load();
  }
}

function toReason(error: unknown): Reason {
  const reason = error as Partial<Reason> | undefined;
  if (typeof reason?.cs === 'string' && typeof reason.en === 'string') {
    return { cs: reason.cs, en: reason.en };
  }
  return {
    cs: 'Žádosti se nepodařilo načíst; jste online?',
    en: 'The requests could not be loaded; are you online?',
  };
}
