import { HARDWARE_FLAVORS, LEGACY_HARDWARE_FLAVORS } from '@hfjobs/core';

/** The flavor a Job gets when none is given, as in the Python client. */
export const DEFAULT_FLAVOR = 'cpu-basic';

/**
 * A warning for a flavor hfjobs does not know or knows as legacy, or undefined. Unknown flavors
 * are still sent as given: the service's list grows faster than any client's.
 */
export function flavorWarning(flavor: string | null | undefined): string | undefined {
  if (!flavor) return undefined;
  if ((LEGACY_HARDWARE_FLAVORS as readonly string[]).includes(flavor)) {
    return `flavor "${flavor}" is legacy: the service may no longer offer it for Jobs`;
  }
  if ((HARDWARE_FLAVORS as readonly string[]).includes(flavor)) return undefined;
  return `unknown flavor "${flavor}", sent as given (known: ${HARDWARE_FLAVORS.filter((f) => !(LEGACY_HARDWARE_FLAVORS as readonly string[]).includes(f)).join(', ')})`;
}
