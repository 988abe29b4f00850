type Files = Map<string, Buffer>;
type Manifest = Record<string, unknown>;
export declare function checkTargets(manifest: Manifest, files: Files): string[];
export declare function checkWorkspace(manifest: Manifest): string[];
export declare function checkSourceMaps(files: Files): string[];
export declare function checkListed(source: Manifest, files: Files): string[];
export declare function checkMetadata(manifest: Manifest): string[];
