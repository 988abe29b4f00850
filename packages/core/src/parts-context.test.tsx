import * as React from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { createPartsContext } from "./parts-context";

const [Ctx, usePart] = createPartsContext<{ word: string }>("Sample");

function Named() {
  return <p>{usePart("Named").word}</p>;
}
function Unnamed() {
  return <p>{usePart().word}</p>;
}

describe("createPartsContext", () => {
  it("gives parts the Root's value", () => {
    render(
      <Ctx.Provider value={{ word: "inside" }}>
        <Named />
      </Ctx.Provider>,
    );
    expect(screen.getByText("inside")).toBeInTheDocument();
  });

  it("throws one clear message for a part outside its Root, named or not", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Named />)).toThrow("[attune] Sample.Named must be inside Sample.Root.");
    expect(() => render(<Unnamed />)).toThrow("[attune] Sample parts must be inside Sample.Root.");
    error.mockRestore();
  });
});
