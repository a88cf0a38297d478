/** Bad input from the user (flags, files, JSON): one line on stderr, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A check or call that ran and failed (an invalid document): its report is printed, exit code 1. */
export class CheckFailed extends Error {
  readonly exitCode = 1;
  constructor(message = 'check failed') {
    super(message);
    this.name = 'CheckFailed';
  }
}

/** The user pressed Ctrl-C: exit code 130, as shells expect. */
export class Interrupted extends Error {
  readonly exitCode = 130;
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}
