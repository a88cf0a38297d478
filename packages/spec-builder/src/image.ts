import { JobSpecError, typeName } from './errors.js';

/** The prefixes that make an image a Space, checked in this order, case-sensitively (as the Python client does). */
export const SPACE_PREFIXES = ['https://huggingface.co/spaces/', 'https://hf.co/spaces/', 'huggingface.co/spaces/', 'hf.co/spaces/'] as const;

/** Where a Job's image comes from: a Space, or a Docker image. */
export type ResolvedImage = { spaceId: string } | { dockerImage: string };

const IMAGE_HINT = 'give a Docker image such as python:3.12, or a Space such as hf.co/spaces/user/app';

/**
 * A Space URL becomes `{ spaceId }` (`hf.co/spaces/user/app` → `user/app`); anything else is a
 * Docker image, kept exactly as given (`HTTPS://hf.co/spaces/x` and `hf.co/space/x` included).
 *
 * @throws JobSpecError (`invalid_image`) for an empty image or a Space prefix with no Space after it.
 * @example resolveImage('https://huggingface.co/spaces/user/app') // { spaceId: 'user/app' }
 */
export function resolveImage(image: unknown): ResolvedImage {
  if (typeof image !== 'string') {
    throw new JobSpecError('invalid_image', 'image', `invalid image: expected a string, got ${typeName(image)}`, { value: image, hint: IMAGE_HINT });
  }
  if (image === '') throw new JobSpecError('invalid_image', 'image', 'invalid image: it is empty', { value: image, hint: IMAGE_HINT });
  for (const prefix of SPACE_PREFIXES) {
    if (!image.startsWith(prefix)) continue;
    const spaceId = image.slice(prefix.length);
    if (spaceId === '') {
      throw new JobSpecError('invalid_image', 'image', `invalid image "${image}": no Space after ${prefix}`, { value: image, hint: IMAGE_HINT });
    }
    return { spaceId };
  }
  return { dockerImage: image };
}
