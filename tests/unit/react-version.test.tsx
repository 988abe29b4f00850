import * as React from "react";
import * as ReactDOM from "react-dom";
import { describe, expect, it } from "vitest";

describe("test matrix", () => {
  it("runs on the React the project names", () => {
    const major = process.env.ATTUNE_REACT ?? "19";
    expect(React.version.split(".")[0]).toBe(major);
    expect(ReactDOM.version.split(".")[0]).toBe(major);
  });
});
