/** Types of scripts/gen-validators.mjs, for the test that keeps the generated file up to date. */
export declare const outputFile: string
export declare function generateValidators(spec?: unknown): string
