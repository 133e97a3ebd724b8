import { StartupError } from '../config/startup-error';

/**
 * Bad input to the admin CLI (unknown ORP, invalid code, existing user…). A StartupError, so
 * the shared CLI runner prints its message as the one sentence on stderr and exits with 1.
 */
export class AdminError extends StartupError {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}
