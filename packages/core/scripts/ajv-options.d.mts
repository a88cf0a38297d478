import type { Options } from 'ajv';
import type Ajv from 'ajv';

export declare const AJV_OPTIONS: Options;
export declare function createAjv(schemas: object[], options?: Options): Ajv.default;
