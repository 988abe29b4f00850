import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { failOnReactWarnings } from "./console";

// React warnings fail the test that logged them (see console.ts for expectConsole).
failOnReactWarnings();
afterEach(() => cleanup());

// Lazily loaded chunks (plan form, review dialog, lean step) can take longer than
// testing-library's default second to arrive on a busy 2-core CI machine; passing tests are
// not slowed by a longer ceiling.
configure({ asyncUtilTimeout: 5000 });

if (typeof window !== "undefined") installDomShims();

// jsdom lacks these; widgets feature-detect them, tests give them a harmless shape.
function installDomShims() {
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (!Element.prototype.animate) {
  Element.prototype.animate = function animate() {
    const finished = Promise.resolve();
    return { finished, cancel() {}, finish() {}, play() {}, pause() {}, onfinish: null, commitStyles() {}, stop() {} } as unknown as Animation;
  };
}
if (!Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
}
