// React's development warnings fail the test that logged them: an act(...) warning, a missing
// key, an uncontrolled input turning controlled, an unknown DOM prop, a Radix accessibility
// warning. A test that means to provoke one says so first:
//
//   import { expectConsole } from "../../../tests/setup/console";
//   const seen = expectConsole(/changing an uncontrolled input/);        // console.error
//   const seenWarn = expectConsole(/deprecated/, { level: "warn" });
//   …
//   expect(seen.messages).toHaveLength(1);
//
// An expectation that nothing matched also fails the test (so it cannot go stale). A test
// that replaces console.error itself (`vi.spyOn(console, "error").mockImplementation(…)`)
// takes the messages over and is not checked. Other console output is left alone.
import { format } from "node:util";
import { afterEach, beforeEach } from "vitest";

type Level = "error" | "warn";

interface Expectation {
  level: Level;
  pattern: RegExp;
  messages: string[];
}

const original: Record<Level, (...args: unknown[]) => void> = {
  error: console.error.bind(console),
  warn: console.warn.bind(console),
};

let expectations: Expectation[] = [];
let unexpected: { level: Level; message: string }[] = [];

/** Files React (and the Radix primitives the widgets build on) warn from. */
const reactFrame = /[\\/]node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:react|react-dom|scheduler|@radix-ui[\\/][^\\/]+)[\\/]/;
/** React's own wording, for the warnings whose stack does not show where they came from. */
const reactWording =
  /^Warning: |not wrapped in act\(|unique "key" prop|changing an? (?:un)?controlled input|React does not recognize the|Cannot update a component .* while rendering|Invalid DOM property|Received `(?:true|false)` for a non-boolean attribute|Function components cannot be given refs|is using incorrect casing|The tag <\w+> is unrecognized|Can't perform a React state update|`\w+` requires a `\w+`/;

/**
 * Not failures: React 18's renderToString in jsdom warns about useLayoutEffect (a test
 * artifact React 19 dropped; in real Node the widgets use useEffect, see tests/ssr).
 */
const knownArtifacts = /useLayoutEffect does nothing on the server/;

/** True when the first stack frame outside this file belongs to React or Radix. */
function fromReact(stack: string, message: string): boolean {
  const frames = stack.split("\n").slice(1).filter((line) => !line.includes("tests/setup/console") && !line.includes("node_modules/@vitest/") && !line.includes("node_modules/vitest/") && !line.includes("node_modules/tinyspy/"));
  const first = frames.find((line) => /\bat\b/.test(line)) ?? "";
  return reactFrame.test(first) || reactWording.test(message);
}

function watch(level: Level) {
  return function watched(...args: unknown[]) {
    const message = format(...args);
    const expected = expectations.find((e) => e.level === level && e.pattern.test(message));
    if (expected) {
      expected.messages.push(message);
      return;
    }
    if (!knownArtifacts.test(message) && fromReact(new Error().stack ?? "", message)) unexpected.push({ level, message });
    original[level](...args);
  };
}

/**
 * Declares that the current test expects React (or the widget) to log a console message
 * matching `pattern` (console.error unless `level: "warn"`). Matching messages are swallowed
 * and collected in `messages`; the test fails if none arrives.
 */
export function expectConsole(pattern: RegExp, { level = "error" }: { level?: Level } = {}): { readonly messages: string[] } {
  const expectation: Expectation = { level, pattern, messages: [] };
  expectations.push(expectation);
  return expectation;
}

/** Installs the watch around every test; called once from the jsdom setup file. */
export function failOnReactWarnings() {
  beforeEach(() => {
    expectations = [];
    unexpected = [];
    console.error = watch("error");
    console.warn = watch("warn");
  });
  // Registered before testing-library's cleanup, so it runs after it (hooks unwind as a
  // stack) and also sees warnings logged while unmounting.
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
    const problems = [
      ...unexpected.map((u) => `console.${u.level} from React: ${u.message.split("\n")[0]}`),
      ...expectations.filter((e) => e.messages.length === 0).map((e) => `expectConsole(${e.pattern}) for console.${e.level}: nothing matching was logged`),
    ];
    expectations = [];
    unexpected = [];
    if (problems.length > 0) {
      throw new Error(`${problems.join("\n")}\n(React warnings fail the test that logged them; if the test means to provoke one, call expectConsole(/pattern/) from tests/setup/console.ts first.)`);
    }
  });
}
