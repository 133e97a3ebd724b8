import { getSettings, putSettings } from '$lib/data/dexie/settings.table';

/** Worker details printed on the referral sheet. Kept on this device only. */
export interface WorkerDetails {
  workerName: string;
  workerPhone: string;
}

/** Lenient on purpose: a phone number is typed in many shapes ("+420 777 123 456", "777123456"). */
const PHONE = /^\+?[0-9][0-9 ()/-]{5,24}$/;
export const WORKER_NAME_MAX = 100;

export type SettingsProblem = 'nameTooLong' | 'phoneInvalid';

export function checkWorkerDetails(details: WorkerDetails): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (details.workerName.trim().length > WORKER_NAME_MAX) problems.push('nameTooLong');
  const phone = details.workerPhone.trim();
  if (phone !== '' && !PHONE.test(phone)) problems.push('phoneInvalid');
  return problems;
}

class SettingsState {
  workerName = $state('');
  workerPhone = $state('');
  loaded = $state(false);
  #loading: Promise<void> | undefined;

  /** Loads once per page; every caller may await it. */
  load(): Promise<void> {
    this.#loading ??= getSettings().then((values) => {
      this.workerName = typeof values.workerName === 'string' ? values.workerName : '';
      this.workerPhone = typeof values.workerPhone === 'string' ? values.workerPhone : '';
      this.loaded = true;
    });
    return this.#loading;
  }

  /** Saves valid details; returns the problems (nothing is saved) otherwise. */
  async save(details: WorkerDetails): Promise<SettingsProblem[]> {
    const problems = checkWorkerDetails(details);
    if (problems.length > 0) return problems;
    const clean = {
      workerName: details.workerName.trim(),
      workerPhone: details.workerPhone.trim(),
    };
    await putSettings({ ...clean });
    this.workerName = clean.workerName;
    this.workerPhone = clean.workerPhone;
    return [];
  }

  /** After a reset the next load reads the (now empty) table again. */
  forget(): void {
    this.#loading = undefined;
    this.workerName = '';
    this.workerPhone = '';
  }
}

export const settings = new SettingsState();
