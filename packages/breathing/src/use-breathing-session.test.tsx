import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, resetWarnings } from "@attune/core";
import { Breathing, BreathingGuide, useBreathingSession, type BreathingStatus } from "./index";
import { ar } from "./locales/ar";
import { es } from "./locales/es";

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance", "Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2026-11-21T20:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});
function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** A host's own markup: only the hook, no Attune parts. */
function HostGuide(props: { status?: BreathingStatus; onStatusChange?: (s: BreathingStatus) => void; startAt?: number; onError?: () => void }) {
  const s = useBreathingSession({ pattern: "box", cycles: 2, ...props });
  return (
    <div>
      <output data-testid="status">{s.status}</output>
      <output data-testid="phase">{s.phase ?? "none"}</output>
      <output data-testid="started">{String(s.startedAt)}</output>
      <button onClick={s.toggle}>go</button>
    </div>
  );
}

describe("useBreathingSession", () => {
  it("drives a host's own markup through start, phases and the end", () => {
    const onStatusChange = vi.fn();
    render(<HostGuide onStatusChange={onStatusChange} />);
    expect(screen.getByTestId("status")).toHaveTextContent("idle");
    fireEvent.click(screen.getByText("go"));
    wait(20);
    expect(screen.getByTestId("status")).toHaveTextContent("running");
    expect(screen.getByTestId("phase")).toHaveTextContent("inhale");
    expect(screen.getByTestId("started")).toHaveTextContent(String(Date.parse("2026-11-21T20:00:00Z")));
    wait(12_100);
    expect(screen.getByTestId("phase")).toHaveTextContent("holdOut");
    wait(20_000);
    expect(screen.getByTestId("status")).toHaveTextContent("finished");
    expect(onStatusChange.mock.calls.map((c) => c[0])).toEqual(["running", "finished"]);
  });

  it("lets a host pause and resume from outside through the status triple", () => {
    function Host() {
      const [status, setStatus] = React.useState<BreathingStatus>("idle");
      return (
        <>
          <button onClick={() => setStatus("running")}>host start</button>
          <button onClick={() => setStatus("paused")}>host pause</button>
          <HostGuide status={status} onStatusChange={setStatus} />
        </>
      );
    }
    render(<Host />);
    fireEvent.click(screen.getByText("host start"));
    wait(5_500);
    expect(screen.getByTestId("phase")).toHaveTextContent("hold");
    fireEvent.click(screen.getByText("host pause"));
    expect(screen.getByTestId("status")).toHaveTextContent("paused");
    wait(60_000);
    expect(screen.getByTestId("phase")).toHaveTextContent("hold");
    fireEvent.click(screen.getByText("go"));
    wait(20);
    expect(screen.getByTestId("status")).toHaveTextContent("running");
  });

  it("a controlled status the host does not update keeps the session where the host says", () => {
    const onStatusChange = vi.fn();
    render(<HostGuide status="idle" onStatusChange={onStatusChange} />);
    fireEvent.click(screen.getByText("go"));
    wait(2_000);
    expect(onStatusChange).toHaveBeenCalledWith("running");
    expect(screen.getByTestId("status")).toHaveTextContent("idle");
  });

  it("never waits forever for a start far in the future: starts now and reports it", () => {
    const onError = vi.fn();
    render(<HostGuide startAt={1e308} onError={onError} />);
    fireEvent.click(screen.getByText("go"));
    wait(20);
    expect(screen.getByTestId("phase")).toHaveTextContent("inhale");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  });
});

describe("Breathing parts", () => {
  it("forward refs, spread rest props and can be laid out by the host", () => {
    const rootRef = React.createRef<HTMLElement>();
    const visualRef = React.createRef<HTMLDivElement>();
    const controlsRef = React.createRef<HTMLDivElement>();
    render(
      <Breathing.Root ref={rootRef} pattern="box" data-testid="root" id="mine">
        <Breathing.Controls ref={controlsRef} className="host-controls" />
        <Breathing.Phase data-testid="phase" />
        <Breathing.Visual ref={visualRef} />
        <Breathing.Progress title="progress" />
      </Breathing.Root>,
    );
    expect(rootRef.current).toBe(screen.getByTestId("root"));
    expect(rootRef.current).toHaveAttribute("id", "mine");
    expect(rootRef.current).toHaveAttribute("data-attune-scope", "breathing");
    expect(visualRef.current).toHaveAttribute("data-attune-part", "stage");
    expect(controlsRef.current).toHaveClass("host-controls");
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(20);
    expect(screen.getByTestId("phase")).toHaveTextContent("Breathe in");
    expect(screen.getByRole("progressbar")).toHaveAttribute("title", "progress");
  });

  it("runs the host's onKeyDown first; preventDefault there keeps Escape from stopping", () => {
    render(<BreathingGuide pattern="box" onKeyDown={(e) => e.key === "Escape" && e.preventDefault()} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(1_000);
    fireEvent.keyDown(screen.getByRole("button", { name: "Pause" }), { key: "Escape" });
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
  });

  it("a bad dir is reported and never reaches the DOM; a bad visual falls back to the circle", () => {
    const { container } = render(<BreathingGuide dir={"sideways" as "ltr"} visual={"blob" as "bar"} />);
    const root = container.querySelector("section")!;
    expect(root.getAttribute("dir")).not.toBe("sideways");
    expect(root).toHaveAttribute("data-visual", "circle");
    expect(warn.mock.calls.join("\n")).toMatch(/dir must be "ltr" or "rtl"/);
    expect(warn.mock.calls.join("\n")).toMatch(/visual must be one of/);
  });
});

describe("BreathingGuide words", () => {
  it("box breathing's fourth phase is a hold with empty lungs, and its summary shows no breaths a minute", () => {
    render(<BreathingGuide pattern="box" />);
    expect(screen.getByText(/^Box breathing · about 5 minutes$/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(12_100);
    expect(screen.getByText("Hold, lungs empty")).toBeInTheDocument();
  });

  it("cyclic sighing shows how to do it, Attune's pacing and the light-headedness caution", () => {
    render(<BreathingGuide pattern="cyclic-sigh" />);
    expect(screen.getByText(/in through your nose.*short second breath in.*long, slow breath out through your mouth/i)).toBeInTheDocument();
    expect(screen.getByText(/Attune paces it at 3 seconds in, 1 second more, 8 seconds out/)).toBeInTheDocument();
    expect(screen.getByText(/light-headed/)).toBeInTheDocument();
    expect(screen.getByText(/^Cyclic sighing · 5 breaths a minute · about 5 minutes$/)).toBeInTheDocument();
  });

  it("a very short session says its seconds, and the end grades nothing", () => {
    const { container } = render(<BreathingGuide pattern="box" cycles={1} />);
    expect(screen.getByText(/^Box breathing · 16 seconds$/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(16_100);
    expect(container.textContent).not.toMatch(/well done/i);
  });

  it("Spanish says Exhala and 'con los pulmones vacíos'; Arabic has no 'rest' or 'well done'", () => {
    expect(es["breathing.phase.exhale"]).toBe("Exhala");
    expect(String(es["breathing.phase.holdOut"])).toMatch(/pulmones vacíos/);
    expect(JSON.stringify(es)).not.toMatch(/Bien hecho|Espira|vosotros/);
    expect(JSON.stringify(ar)).not.toMatch(/استرح|أحسنت/);
    render(
      <AttuneProvider locale="ar" messages={ar}>
        <BreathingGuide pattern="box" cycles={1} />
      </AttuneProvider>,
    );
    expect(screen.getByText(/التنفّس المربّع/)).not.toHaveTextContent(/في الدقيقة/);
  });
});
