export declare const STEPS: string[];
export declare const VITEST_ROUNDS: string[][];
export declare const USAGE: string;
export declare function parseSteps(argv: string[]): { steps: string[]; errors: string[] };
export declare function readVitestReport(path: string, runStartedMs: number, root?: string): { passed: number; failed: number; skipped: number; failures: string[] };
