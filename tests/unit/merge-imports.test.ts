// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeImports } from "../../scripts/tsup-preset";

describe("mergeImports (the build's one import per module)", () => {
  it("folds each source file's own React and jsx-runtime imports into the first, renaming their uses", () => {
    const built = [
      '"use client";',
      "// src/a.tsx",
      'import * as React from "react";',
      'import { jsx } from "react/jsx-runtime";',
      "const A = () => jsx(React.Fragment, {});",
      "// src/b.tsx",
      'import * as React2 from "react";',
      'import { jsx as jsx2, jsxs } from "react/jsx-runtime";',
      "import {",
      "  Button,",
      "  warnOnce as warnOnce2",
      '} from "@attune/core";',
      'import { warnOnce } from "@attune/core";',
      'const B = () => { const r = React2.useRef(null); warnOnce("a"); warnOnce2("b"); return jsxs("div", { children: [jsx2(Button, {})] }); };',
    ].join("\n");
    const out = mergeImports(built);
    expect(out.match(/^import .* from "react";$/gm)).toEqual(['import * as React from "react";']);
    expect(out.match(/^import .* from "react\/jsx-runtime";$/gm)).toEqual(['import { jsx, jsxs } from "react/jsx-runtime";']);
    expect(out.match(/^import .* from "@attune\/core";$/gm)).toEqual(['import { Button, warnOnce as warnOnce2 } from "@attune/core";']);
    expect(out).toContain("const r = React.useRef(null); warnOnce2(\"a\"); warnOnce2(\"b\"); return jsxs(\"div\", { children: [jsx(Button, {})] }); };");
    expect(out.startsWith('"use client";\n// src/a.tsx\n')).toBe(true);
  });

  it("leaves a file with one import per module as it is", () => {
    const built = ['import * as React from "react";', 'import { jsx } from "react/jsx-runtime";', "export const A = () => jsx(React.Fragment, {});"].join("\n");
    expect(mergeImports(built)).toBe(built);
  });
});
