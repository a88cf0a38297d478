import { clientFrom, type ClientFlags } from '../client-options.js';

type Action = 'deleteScheduledJob' | 'suspendScheduledJob' | 'resumeScheduledJob' | 'triggerScheduledJob';

/** `hfjobs scheduled delete|suspend|resume|trigger ID`: no output on success. */
export function scheduledAction(action: Action): (id: string, flags: ClientFlags) => Promise<void> {
  return async (id, flags) => {
    await clientFrom(flags)[action](id);
  };
}
