// JobInfo as a TypeScript user would write it with zod 4: the same fields and rules as
// job-info.schema.json (open objects, nullable optional fields, datetimes with offsets).
import { z } from 'zod';

const optionalDateTime = z.union([z.iso.datetime({ offset: true }), z.literal(''), z.null()]).optional();
const nullableString = z.string().nullable().optional();
const stringMap = z.record(z.string(), z.string()).nullable().optional();
const volume = z.looseObject({
  type: z.string(),
  source: z.string(),
  mountPath: z.string(),
  revision: nullableString,
  readOnly: z.boolean().nullable().optional(),
  path: nullableString,
});

export const zodJobInfo = z.looseObject({
  id: z.string(),
  createdAt: optionalDateTime,
  created_at: optionalDateTime,
  dockerImage: nullableString,
  docker_image: nullableString,
  spaceId: nullableString,
  space_id: nullableString,
  command: z.array(z.string()).nullable().optional(),
  arguments: z.array(z.string()).nullable().optional(),
  environment: stringMap,
  secrets: z.union([z.record(z.string(), z.string().nullable()), z.array(z.string())]).nullable().optional(),
  flavor: nullableString,
  status: z.looseObject({
    stage: z.string(),
    message: nullableString,
    failureCount: z.number().int().nullable().optional(),
    exposeUrls: z.array(z.string()).nullable().optional(),
    sshUrl: nullableString,
  }),
  owner: z.looseObject({ id: z.string(), name: z.string(), type: z.string() }),
  startedAt: optionalDateTime,
  finishedAt: optionalDateTime,
  updatedAt: optionalDateTime,
  type: nullableString,
  labels: stringMap,
  volumes: z.array(volume).nullable().optional(),
  arch: nullableString,
  timeoutSeconds: z.number().int().nullable().optional(),
  attempts: z.number().int().nullable().optional(),
  durations: z
    .looseObject({ schedulingSecs: z.number().int().nullable().optional(), runningSecs: z.number().int().nullable().optional(), totalSecs: z.number().int().nullable().optional() })
    .nullable()
    .optional(),
  initiator: z.looseObject({ type: z.string(), id: z.string(), name: nullableString }).nullable().optional(),
  createdBy: z.looseObject({ id: z.string(), name: z.string() }).nullable().optional(),
});
