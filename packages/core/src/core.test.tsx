import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AttuneProvider,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  LiveRegion,
  memoryStorageAdapter,
  resetWarnings,
  useAttune,
  useControllableState,
  useClearDrafts,
  useDirection,
  usePersistentState,
  useReducedMotion,
  useRootProps,
  useTranslator,
  type StorageAdapter,
} from "./index";
import type { Message } from "./i18n";
import { MotionConfig, useReducedMotionConfig } from "framer-motion";

declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<"demo.close" | "demo.loading", Message>> {}
}

// A package's catalogue and its Spanish bundle, as every widget writes them.
const demo = { "demo.close": "Close", "demo.loading": "Loading" } satisfies Record<string, Message>;
const es: Record<keyof typeof demo, Message> = { "demo.close": "Cerrar", "demo.loading": "Cargando" };

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe("AttuneProvider", () => {
  it("carries theme, locale and direction to CSS and to widgets", () => {
    function Probe() {
      const t = useTranslator(demo);
      const root = useRootProps("probe");
      return (
        <div {...root} data-testid="probe">
          {t("demo.close")}
        </div>
      );
    }
    const { container } = render(
      <AttuneProvider theme="dark" locale="ar">
        <Probe />
      </AttuneProvider>,
    );
    const providerEl = container.firstElementChild as HTMLElement;
    expect(providerEl).toHaveAttribute("data-attune-theme", "dark");
    expect(providerEl).toHaveAttribute("dir", "rtl");
    expect(providerEl).toHaveAttribute("lang", "ar");
    expect(screen.getByTestId("probe")).toHaveAttribute("dir", "rtl");
    expect(screen.getByTestId("probe")).toHaveClass("attune", "attune-probe");
  });

  it("uses locale messages and single host overrides", () => {
    function Probe() {
      const t = useTranslator(demo);
      return (
        <p>
          {t("demo.close")} / {t("demo.loading")}
        </p>
      );
    }
    render(
      <AttuneProvider locale="es" messages={{ ...es, "demo.close": "Vale" }}>
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("Vale / Cargando")).toBeInTheDocument();
  });

  it("leaves the host's language and direction alone when no locale or dir is passed", () => {
    function Probe() {
      const ref = React.useRef<HTMLDivElement>(null);
      const dir = useDirection(ref);
      return (
        <div ref={ref} data-testid="probe" lang={undefined}>
          {dir}
        </div>
      );
    }
    document.documentElement.setAttribute("dir", "rtl");
    document.documentElement.setAttribute("lang", "he");
    try {
      const { container } = render(
        <AttuneProvider>
          <p>host content</p>
          <Probe />
        </AttuneProvider>,
      );
      const providerEl = container.firstElementChild as HTMLElement;
      expect(providerEl).not.toHaveAttribute("lang");
      expect(providerEl).not.toHaveAttribute("dir");
      // The page's right-to-left reaches widgets through the computed direction.
      expect(screen.getByTestId("probe")).toHaveTextContent("rtl");
      expect(screen.getByText("host content").closest("[lang]")).toBe(document.documentElement);
    } finally {
      document.documentElement.removeAttribute("dir");
      document.documentElement.removeAttribute("lang");
    }
  });

  it("sets lang and dir when the host passes them", () => {
    const { container, rerender } = render(<AttuneProvider dir="rtl">x</AttuneProvider>);
    expect(container.firstElementChild).toHaveAttribute("dir", "rtl");
    expect(container.firstElementChild).not.toHaveAttribute("lang");
    rerender(<AttuneProvider locale="de">x</AttuneProvider>);
    expect(container.firstElementChild).toHaveAttribute("lang", "de");
    expect(container.firstElementChild).toHaveAttribute("dir", "ltr");
  });

  it("does not change the reduced-motion policy of the host's own framer-motion components", () => {
    function HostMotion() {
      return <p data-testid="host">{String(useReducedMotionConfig())}</p>;
    }
    function AttuneMotion() {
      return <p data-testid="attune">{String(useReducedMotion())}</p>;
    }
    render(
      <MotionConfig reducedMotion="never">
        <AttuneProvider reducedMotion="always">
          <HostMotion />
          <AttuneMotion />
        </AttuneProvider>
      </MotionConfig>,
    );
    expect(screen.getByTestId("host")).toHaveTextContent("false");
    expect(screen.getByTestId("attune")).toHaveTextContent("true");
  });

  it("works without a provider, on defaults", () => {
    function Probe() {
      const ctx = useAttune();
      return <p>{`${ctx.locale} ${ctx.hasProvider}`}</p>;
    }
    render(<Probe />);
    expect(screen.getByText("en false")).toBeInTheDocument();
  });

  it("survives an unknown locale with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    function Probe() {
      return <p>{useAttune().locale}</p>;
    }
    render(
      <AttuneProvider locale="@@@">
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("en")).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
  });

  it("applies the reduced-motion policy over the OS setting", () => {
    function Probe() {
      return <p>{useReducedMotion() ? "reduce" : "full"}</p>;
    }
    const { rerender } = render(
      <AttuneProvider reducedMotion="always">
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("reduce")).toBeInTheDocument();
    const mm = vi.spyOn(window, "matchMedia").mockImplementation(
      (q) => ({ matches: true, media: q, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
    );
    rerender(
      <AttuneProvider reducedMotion="never">
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("full")).toBeInTheDocument();
    rerender(
      <AttuneProvider reducedMotion="user" key="remount">
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("reduce")).toBeInTheDocument();
    mm.mockRestore();
  });
});

describe("useControllableState", () => {
  function Counter(props: { value?: number; defaultValue?: number; onValueChange?: (v: number) => void }) {
    const [v, setV] = useControllableState({
      value: props.value,
      defaultValue: props.defaultValue ?? 0,
      onChange: props.onValueChange,
      name: "Counter value",
    });
    return <Button onClick={() => setV((x) => x + 1)}>{`count ${v}`}</Button>;
  }

  it("is uncontrolled with defaultValue and reports changes", async () => {
    const onChange = vi.fn();
    render(<Counter defaultValue={2} onValueChange={onChange} />);
    await userEvent.click(screen.getByRole("button"));
    expect(screen.getByRole("button")).toHaveTextContent("count 3");
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it("is controlled with value: only the host changes it", async () => {
    const onChange = vi.fn();
    render(<Counter value={5} onValueChange={onChange} />);
    await userEvent.click(screen.getByRole("button"));
    expect(screen.getByRole("button")).toHaveTextContent("count 5");
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it("warns in development when switching between controlled and uncontrolled", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<Counter value={1} />);
    rerender(<Counter value={undefined} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Counter value switched from controlled to uncontrolled"));
  });
});

describe("usePersistentState", () => {
  const isString = (v: unknown): v is string => typeof v === "string";
  function Draft({ persistKey, onError }: { persistKey?: string; onError?: (e: unknown) => void }) {
    const [text, setText, { status, clear }] = usePersistentState("", { widget: "test", key: persistKey, validate: isString, onError });
    return (
      <div>
        <label>
          Draft
          <input value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <span data-testid="status">{status}</span>
        <button onClick={clear}>Clear</button>
      </div>
    );
  }

  it("keeps nothing without a key", async () => {
    render(<Draft />);
    await userEvent.type(screen.getByLabelText("Draft"), "hi");
    expect(window.localStorage.length).toBe(0);
  });

  it("survives a remount through the provider's adapter", async () => {
    const storage = memoryStorageAdapter();
    const { unmount } = render(
      <AttuneProvider storage={storage}>
        <Draft persistKey="a" />
      </AttuneProvider>,
    );
    await userEvent.type(screen.getByLabelText("Draft"), "back at 8");
    expect(storage.getItem("attune:test:a")).toBe('"back at 8"');
    unmount();
    render(
      <AttuneProvider storage={storage}>
        <Draft persistKey="a" />
      </AttuneProvider>,
    );
    await waitFor(() => expect(screen.getByLabelText("Draft")).toHaveValue("back at 8"));
    await userEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.getByLabelText("Draft")).toHaveValue("");
    expect(storage.getItem("attune:test:a")).toBeNull();
  });

  it("writes each change to storage once, even under StrictMode", async () => {
    const writes: string[] = [];
    const storage: StorageAdapter = { getItem: () => null, setItem: (_k, v) => void writes.push(v), removeItem: () => {} };
    render(
      <React.StrictMode>
        <AttuneProvider storage={storage}>
          <Draft persistKey="s" />
        </AttuneProvider>
      </React.StrictMode>,
    );
    await userEvent.type(screen.getByLabelText("Draft"), "ab");
    expect(writes).toEqual(['"a"', '"ab"']);
  });

  it("uses localStorage by default once a key is given", async () => {
    render(<Draft persistKey="b" />);
    await userEvent.type(screen.getByLabelText("Draft"), "x");
    expect(window.localStorage.getItem("attune:test:b")).toBe('"x"');
  });

  it("keeps typing in memory and calls onError when storage throws", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken: StorageAdapter = {
      getItem: () => {
        throw new Error("read");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    };
    const onError = vi.fn();
    render(
      <AttuneProvider storage={broken} onError={onError}>
        <Draft persistKey="c" />
      </AttuneProvider>,
    );
    await userEvent.type(screen.getByLabelText("Draft"), "still here");
    expect(screen.getByLabelText("Draft")).toHaveValue("still here");
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-write" })));
  });

  it("ignores corrupt JSON, reports it, and starts empty", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const storage = memoryStorageAdapter({ "attune:test:d": "{oops" });
    const onError = vi.fn();
    render(
      <AttuneProvider storage={storage}>
        <Draft persistKey="d" onError={onError} />
      </AttuneProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("ready"));
    expect(screen.getByLabelText("Draft")).toHaveValue("");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" }));
  });

  it("useClearDrafts empties every open widget and the provider's storage, and nothing comes back", async () => {
    const storage = memoryStorageAdapter({ "host:own": "kept" });
    function ClearAll({ widget }: { widget?: string }) {
      const clearDrafts = useClearDrafts();
      return <button onClick={() => void clearDrafts(widget)}>{widget ? `Forget ${widget}` : "Forget all"}</button>;
    }
    function Other() {
      const [text, setText] = usePersistentState("", { widget: "other", key: "o", validate: isString });
      return <input aria-label="Other" value={text} onChange={(e) => setText(e.target.value)} />;
    }
    const tree = (
      <React.StrictMode>
        <AttuneProvider storage={storage}>
          <Draft persistKey="one" />
          <Other />
          <ClearAll />
          <ClearAll widget="other" />
        </AttuneProvider>
      </React.StrictMode>
    );
    const { unmount } = render(tree);
    await userEvent.type(screen.getByLabelText("Draft"), "private draft");
    await userEvent.type(screen.getByLabelText("Other"), "note");
    expect(storage.getItem("attune:test:one")).toBe('"private draft"');

    await userEvent.click(screen.getByRole("button", { name: "Forget other" }));
    await waitFor(() => expect(screen.getByLabelText("Other")).toHaveValue(""));
    expect(screen.getByLabelText("Draft")).toHaveValue("private draft");
    expect(storage.getItem("attune:other:o")).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Forget all" }));
    await waitFor(() => expect(screen.getByLabelText("Draft")).toHaveValue(""));
    expect(storage.getItem("attune:test:one")).toBeNull();
    expect(storage.getItem("host:own")).toBe("kept");

    // A fresh widget does not bring the cleared draft back from any memory copy.
    unmount();
    render(tree);
    await waitFor(() => expect(screen.getAllByTestId("status")[0]).toHaveTextContent("ready"));
    expect(screen.getByLabelText("Draft")).toHaveValue("");
  });

  it("a draft cleared in storage while no widget is open stays cleared", async () => {
    const storage = memoryStorageAdapter();
    const { unmount } = render(
      <AttuneProvider storage={storage}>
        <Draft persistKey="gone" />
      </AttuneProvider>,
    );
    await userEvent.type(screen.getByLabelText("Draft"), "secret");
    unmount();
    storage.removeItem("attune:test:gone");
    render(
      <AttuneProvider storage={storage}>
        <Draft persistKey="gone" />
      </AttuneProvider>,
    );
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent("ready"));
    expect(screen.getByLabelText("Draft")).toHaveValue("");
  });

  it("never replaces what the person typed with a slower stored draft", async () => {
    let resolve!: (v: string) => void;
    const slow: StorageAdapter = {
      getItem: () => new Promise<string>((r) => (resolve = r)),
      setItem: () => {},
      removeItem: () => {},
    };
    render(
      <AttuneProvider storage={slow}>
        <Draft persistKey="e" />
      </AttuneProvider>,
    );
    await userEvent.type(screen.getByLabelText("Draft"), "new");
    await act(async () => resolve('"old draft"'));
    expect(screen.getByLabelText("Draft")).toHaveValue("new");
  });
});

describe("building blocks", () => {
  it("Button never submits a form by accident", () => {
    render(<Button>Go</Button>);
    expect(screen.getByRole("button", { name: "Go" })).toHaveAttribute("type", "button");
  });

  it("LiveRegion is present and polite from the first render", () => {
    const { rerender } = render(<LiveRegion message="" />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    rerender(<LiveRegion message="Inhale" />);
    expect(region).toHaveTextContent("Inhale");
  });

  it("Dialog portals into the provider's container and carries the theme", async () => {
    const host = document.createElement("div");
    document.body.appendChild(host);
    render(
      <AttuneProvider theme="dark" container={host} reducedMotion="always">
        <Dialog>
          <DialogTrigger>Open</DialogTrigger>
          <DialogContent>
            <DialogTitle>Title</DialogTitle>
            <DialogDescription>Description</DialogDescription>
          </DialogContent>
        </Dialog>
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    const dialog = await screen.findByRole("dialog", { name: "Title" });
    expect(host.contains(dialog)).toBe(true);
    expect(dialog.closest("[data-attune-theme]")).toHaveAttribute("data-attune-theme", "dark");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByRole("button", { name: "Open" })).toHaveFocus();
    host.remove();
  });
});
