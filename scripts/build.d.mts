// Types for scripts/build.mjs (plain JavaScript so that it runs before anything is compiled).
export declare const ROOT: string;
export declare const BUILD: string;
export declare function ensureBuild(opts?: { src?: string; out?: string }): Promise<{ dir: string; built: boolean; ms: number }>;
export declare function importBuilt(sourcePath: string): Promise<unknown>;
