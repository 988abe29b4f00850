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
  usePersistentState,
  useReducedMotion,
  useRootProps,
  useTranslator,
  type StorageAdapter,
} from "./index";
import { coreMessages } from "./messages";
import { es } from "./locales/es";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe("AttuneProvider", () => {
  it("carries theme, locale and direction to CSS and to widgets", () => {
    function Probe() {
      const t = useTranslator(coreMessages);
      const root = useRootProps("probe");
      return (
        <div {...root} data-testid="probe">
          {t("core.close")}
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
      const t = useTranslator(coreMessages);
      return (
        <p>
          {t("core.close")} / {t("core.loading")}
        </p>
      );
    }
    render(
      <AttuneProvider locale="es" messages={{ ...es, "core.close": "Vale" }}>
        <Probe />
      </AttuneProvider>,
    );
    expect(screen.getByText("Vale / Cargando")).toBeInTheDocument();
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
