// Core's components and formatter with hostile props, one at a time, in StrictMode:
// no crash, no React console error, no markup injected, and every problem reported through
// onError or a development warning (with the bad value replaced by the default).
import * as React from "react";
import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import hostile from "../fixtures/hostile-text.json";
import {
  AttuneProvider,
  Button,
  Card,
  Dialog,
  DialogContent,
  DialogTitle,
  LiveRegion,
  formatMessage,
  memoryStorageAdapter,
  resetWarnings,
  usePersistentState,
} from "@attune/core";

const texts: string[] = [...hostile.markup, ...hostile.unicode, ...Object.values(hostile.sizes), ...hostile.ics_special];
const throwingToString = {
  toString() {
    throw new Error("toString");
  },
};
const nonTexts: unknown[] = [NaN, Infinity, -1, 1e308, 0, null, {}, [], [null], { a: 1 }, throwingToString, () => "fn", true, false];
const everything: unknown[] = [...texts, ...nonTexts];
const describeValue = (v: unknown) => (typeof v === "string" ? JSON.stringify(v.slice(0, 24)) : Array.isArray(v) ? `array(${v.length})` : typeof v === "function" ? "function" : String((v as object)?.constructor === Object ? "object" : v));

let errors: string[];
let warnings: string[];
beforeEach(() => {
  errors = [];
  warnings = [];
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void errors.push(a.map(String).join(" ")));
  vi.spyOn(console, "warn").mockImplementation((...a: unknown[]) => void warnings.push(a.map(String).join(" ")));
  resetWarnings();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
  delete (window as { __pwned?: unknown }).__pwned;
});

/** Forget what was said, so the next value's warning is seen (warnings are said once). */
function fresh() {
  warnings.length = 0;
  resetWarnings();
}

function renderStrict(ui: React.ReactElement) {
  let result!: ReturnType<typeof render>;
  expect(() => {
    result = render(<React.StrictMode>{ui}</React.StrictMode>);
  }).not.toThrow();
  return result;
}

/** Nothing the props carried became markup or ran. */
function expectNoInjection() {
  expect(document.querySelector("img, script, svg")).toBeNull();
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

const provider: Array<{ prop: string; valid: (v: unknown) => boolean }> = [
  { prop: "theme", valid: (v) => typeof v === "string" && v.trim() !== "" },
  { prop: "dir", valid: (v) => v === "ltr" || v === "rtl" },
  { prop: "reducedMotion", valid: (v) => v === "user" || v === "always" || v === "never" },
  { prop: "storage", valid: (v) => v === null },
  { prop: "container", valid: (v) => v === null },
  { prop: "messages", valid: (v) => typeof v === "object" && v !== null && !Array.isArray(v) },
  { prop: "nonce", valid: (v) => typeof v === "string" },
  { prop: "locale", valid: (v) => typeof v === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/i.test(v) && v.length < 20 },
  { prop: "className", valid: () => true },
];

describe("AttuneProvider with hostile props", () => {
  for (const { prop, valid } of provider) {
    it(`${prop}: never crashes, reports what it cannot use, keeps lang/dir clean`, () => {
      let reported = 0;
      for (const value of everything) {
        const onError = vi.fn();
        fresh();
        const { container, unmount } = renderStrict(
          <AttuneProvider {...{ [prop]: value }} onError={onError}>
            <Button>Still here</Button>
          </AttuneProvider>,
        );
        const el = container.firstElementChild!;
        expect(container.textContent, describeValue(value)).toBe("Still here");
        expect([null, "ltr", "rtl"]).toContain(el.getAttribute("dir"));
        expectNoInjection();
        if (!valid(value) && prop !== "className") {
          const told = onError.mock.calls.length > 0 || warnings.length > 0;
          expect(told, `${prop}=${describeValue(value)} was not reported`).toBe(true);
          reported++;
        }
        if (!valid(value) && prop !== "locale" && prop !== "className") {
          expect(onError.mock.calls.map(([e]) => e.code), `${prop}=${describeValue(value)}`).toContain("invalid-prop");
        }
        unmount();
      }
      expect(errors).toEqual([]);
      if (prop !== "className") expect(reported).toBeGreaterThan(0);
    });
  }

  it("onError that is not a function is reported and ignored; one that throws does not crash", () => {
    for (const value of nonTexts.filter((v) => typeof v !== "function")) {
      fresh();
      const { unmount } = renderStrict(<AttuneProvider onError={value as never} theme={42 as never}>x</AttuneProvider>);
      if (value !== null) expect(warnings.join("\n")).toMatch(/onError/);
      unmount();
    }
    renderStrict(
      <AttuneProvider
        theme={42 as never}
        onError={() => {
          throw new Error("host bug");
        }}
      >
        x
      </AttuneProvider>,
    );
    expect(errors).toEqual([]);
  });

  it("a storage that is not an adapter keeps drafts in memory, never in localStorage", async () => {
    const isText = (v: unknown): v is string => typeof v === "string";
    function Draft() {
      const [text, setText] = usePersistentState("", { widget: "bad-input", key: "k", validate: isText });
      React.useEffect(() => setText("typed"), [setText]);
      return <p>{text}</p>;
    }
    for (const storage of ["localStorage", 42, {}, [], { getItem: 1 }]) {
      window.localStorage.clear();
      const { unmount, findByText } = renderStrict(
        <AttuneProvider storage={storage as never}>
          <Draft />
        </AttuneProvider>,
      );
      await findByText("typed");
      expect(window.localStorage.length).toBe(0);
      unmount();
    }
    expect(errors).toEqual([]);
  });

  it("stored garbage under a key goes to onError as storage-corrupt, never a crash", async () => {
    const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
    function Names() {
      const [names, , { status }] = usePersistentState<string[]>([], { widget: "bad-input", key: "names", validate: isNames });
      return <p>{`${status}:${names.join(",")}`}</p>;
    }
    for (const raw of ["{oops", "42", "[null,null]", '"text"', "null", texts[0]!]) {
      const onError = vi.fn();
      const { findByText, unmount } = renderStrict(
        <AttuneProvider storage={memoryStorageAdapter({ "attune:bad-input:names": raw })} onError={onError}>
          <Names />
        </AttuneProvider>,
      );
      await findByText("ready:");
      if (raw !== "null") expect(onError.mock.calls.map(([e]) => e.code), raw).toContain("storage-corrupt");
      unmount();
    }
    expect(errors).toEqual([]);
  });
});

describe("Button, Card, LiveRegion, Dialog with hostile props", () => {
  const enums: Array<{ name: string; make: (v: unknown) => React.ReactElement; attr: [string, string, string[]] }> = [
    { name: "Button variant", make: (v) => <Button variant={v as never}>b</Button>, attr: ["button", "data-variant", ["primary", "secondary", "ghost", "danger"]] },
    { name: "Button size", make: (v) => <Button size={v as never}>b</Button>, attr: ["button", "data-size", ["sm", "md"]] },
    { name: "Button type", make: (v) => <Button type={v as never}>b</Button>, attr: ["button", "type", ["button", "submit", "reset"]] },
    { name: "Card tone", make: (v) => <Card tone={v as never}>c</Card>, attr: ["[data-attune-part=card]", "data-tone", ["raised", "subtle", "accent"]] },
    { name: "LiveRegion politeness", make: (v) => <LiveRegion message="m" politeness={v as never} />, attr: ["[data-attune-part=live-region]", "aria-live", ["polite", "assertive"]] },
  ];
  for (const { name, make, attr } of enums) {
    it(`${name}: a bad value falls back with a warning and never reaches the DOM`, () => {
      for (const value of everything) {
        fresh();
        const { container, unmount } = renderStrict(make(value));
        const [selector, attribute, allowed] = attr;
        const actual = container.querySelector(selector)!.getAttribute(attribute);
        expect(allowed, `${name}=${describeValue(value)}`).toContain(actual);
        if (!allowed.includes(value as string)) expect(warnings.join("\n"), describeValue(value)).toContain(name);
        expectNoInjection();
        unmount();
      }
      expect(errors).toEqual([]);
    });
  }

  it("Card as: only div, section or article; anything else renders a div with a warning", () => {
    for (const value of [...everything, "script", "img", "<img src=x onerror=alert(1)>", "iframe"]) {
      fresh();
      const { container, unmount } = renderStrict(<Card as={value as never}>c</Card>);
      expect(["DIV", "SECTION", "ARTICLE"]).toContain(container.firstElementChild!.tagName);
      if (!["div", "section", "article"].includes(value as string)) expect(warnings.join("\n")).toContain("Card as");
      expectNoInjection();
      unmount();
    }
    expect(errors).toEqual([]);
  });

  it("text props render as text: Button and Card children, LiveRegion message", () => {
    for (const value of texts) {
      const { container, unmount } = renderStrict(
        <>
          <Button className={value}>{value}</Button>
          <Card>{value}</Card>
          <LiveRegion message={value} />
        </>,
      );
      expect(container.querySelector("button")!.textContent).toBe(value);
      expect(container.querySelector("[role=status]")!.textContent).toBe(value);
      expectNoInjection();
      unmount();
    }
    expect(errors).toEqual([]);
  });

  it("LiveRegion message that is not text announces nothing (numbers as digits), with a warning", () => {
    for (const value of nonTexts) {
      fresh();
      const { container, unmount } = renderStrict(<LiveRegion message={value as never} />);
      const text = container.querySelector("[role=status]")!.textContent;
      expect(text).toBe(typeof value === "number" ? String(value) : "");
      if (typeof value !== "number" && value !== null) expect(warnings.join("\n")).toContain("LiveRegion message");
      unmount();
    }
    expect(errors).toEqual([]);
  });

  it("Dialog: open, defaultOpen, onOpenChange and size of the wrong type", async () => {
    for (const value of [...nonTexts, "yes", texts[0]]) {
      fresh();
      let result!: ReturnType<typeof render>;
      await act(async () => {
        result = renderStrict(
          <AttuneProvider reducedMotion="always">
            <Dialog open={value as never} defaultOpen={value as never} onOpenChange={value as never}>
              <DialogContent size={value as never} aria-describedby={undefined}>
                <DialogTitle>{texts[0]}</DialogTitle>
              </DialogContent>
            </Dialog>
          </AttuneProvider>,
        );
      });
      if (typeof value !== "boolean") expect(warnings.join("\n"), describeValue(value)).toMatch(/Dialog open/);
      const dialog = document.querySelector("[data-attune-part=dialog]");
      if (dialog) expect(["sm", "md", "lg"]).toContain(dialog.getAttribute("data-size"));
      expectNoInjection();
      result.unmount();
    }
    expect(errors).toEqual([]);
  });
});

describe("formatMessage with hostile messages, params and locales", () => {
  it("never throws, never prints internals, and warns about what it cannot use", () => {
    const internals = /function|\[native code\]|\[object Object\]|prototype/;
    for (const message of [...everything, { one: "x" }, { other: 5 }, { other: "{constructor} {__proto__} {toString}" }]) {
      for (const params of [undefined, {}, { count: NaN }, { count: "many" }, { x: throwingToString }, null, JSON.parse('{"__proto__": {"polluted": 1}}')]) {
        for (const locale of ["en", "ar", "", "not a locale!!", 42, null]) {
          let out = "";
          expect(() => {
            out = formatMessage(locale as never, message as never, params as never);
          }).not.toThrow();
          expect(typeof out).toBe("string");
          if (typeof message !== "string") expect(out).not.toMatch(internals);
        }
      }
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(warnings.some((w) => /not text/.test(w))).toBe(true);
    expect(warnings.some((w) => /no "other" form/.test(w))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("fills placeholders named after Object.prototype only from own params", () => {
    expect(formatMessage("en", "{constructor}{__proto__}{toString}{hasOwnProperty}")).toBe("{constructor}{__proto__}{toString}{hasOwnProperty}");
  });
});
