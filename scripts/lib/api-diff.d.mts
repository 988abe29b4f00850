export declare function parseReport(text: string): Set<string>;
export declare function removedExports(before: Set<string>, after: Set<string>): string[];
export declare function changesetLevels(changesets: string[]): Map<string, "major" | "minor" | "patch">;
export declare function missingMajorChangesets(packages: string[], changesets: string[]): string[];
