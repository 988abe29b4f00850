/**
 * `@attune/reassurance-composer/logic`: everything the composer knows that needs no React.
 * Imports on a server, in a worker or in a test without a DOM.
 */
export * from "./compose";
