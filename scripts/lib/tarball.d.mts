export declare function readTarball(tgz: string | Buffer): Map<string, Buffer>;
export declare function contentHash(files: Map<string, Buffer>): string;
