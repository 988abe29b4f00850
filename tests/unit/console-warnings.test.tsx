// The jsdom setup turns React's development warnings into test failures. These tests provoke
// real React warnings and check both halves: an expected one is swallowed and collected; an
// unexpected one, or an expectation nothing met, fails the test (`it.fails` passes only if
// the setup's check really failed it).
import { render } from "@testing-library/react";
import * as React from "react";
import { describe, expect, it } from "vitest";
import { expectConsole } from "../setup/console";

function List() {
  // Deliberately missing keys.
  return <ul>{["a", "b"].map((x) => <li>{x}</li>)}</ul>;
}

// React warns once per component type, so the failing case needs a component of its own.
function UnkeyedList() {
  return <ol>{["c", "d"].map((x) => <li>{x}</li>)}</ol>;
}

function Toggle({ value }: { value: string | undefined }) {
  return <input aria-label="name" value={value} onChange={() => {}} />;
}

describe("React warnings in unit tests", () => {
  it("a test that expects a warning collects it", () => {
    const seen = expectConsole(/unique "key" prop/);
    render(<List />);
    expect(seen.messages).toHaveLength(1);
  });

  it("controlled/uncontrolled switches are caught by wording", () => {
    const seen = expectConsole(/uncontrolled input to be controlled/);
    const { rerender } = render(<Toggle value={undefined} />);
    rerender(<Toggle value="x" />);
    expect(seen.messages.length).toBeGreaterThan(0);
  });

  it.fails("an unexpected React warning fails the test that logged it", () => {
    render(<UnkeyedList />);
  });

  it.fails("an expectation that nothing matched fails the test", () => {
    expectConsole(/this is never logged/);
    render(<p>quiet</p>);
  });

  it("other console output is left alone", () => {
    console.warn("a widget's own dev warning is not React's");
    expect(React.version).toMatch(/^1[89]\./);
  });
});
