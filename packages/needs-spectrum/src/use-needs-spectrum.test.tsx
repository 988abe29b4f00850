import * as React from "react";
import { renderToString } from "react-dom/server";
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "@attune/core";
import { NeedsHistory, NeedsProfile, NeedsSpectrum, NeedsSpectrumReflection, NeedsSpectrumRoot, NeedsSpectrumThumb, NeedsSpectrumTrack, useNeedsSpectrum } from "./index";
import { needsSpectrumMessages } from "./messages";
import { es } from "./locales/es";
import { ar } from "./locales/ar";
import { parseSpectrumPosition, readHistoryDate } from "./logic";

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** A host's own markup: a vertical list of words, not a track. */
function WordPicker(props: { onValueChange?: (v: number) => void }) {
  const s = useNeedsSpectrum({ defaultValue: 50, step: 25, ...props });
  return (
    <div {...s.getRootProps({ className: "host" })} data-testid="root">
      <span {...s.getThumbProps(0, { "aria-label": "Pick" })} />
      <p data-testid="words">{s.valueText()}</p>
      <p data-testid="percent">{s.percent}</p>
    </div>
  );
}

describe("useNeedsSpectrum with a host's own markup", () => {
  it("gives a keyboard slider with words, the number and the zone", () => {
    const onValueChange = vi.fn();
    render(<WordPicker onValueChange={onValueChange} />);
    const slider = screen.getByRole("slider", { name: "Pick" });
    expect(slider).toHaveAttribute("aria-valuetext", "Between space and closeness");
    fireEvent.keyDown(slider, { key: "ArrowRight" });
    expect(onValueChange).toHaveBeenLastCalledWith(75);
    expect(slider).toHaveAttribute("aria-valuenow", "75");
    expect(slider).toHaveAttribute("data-value", "75");
    expect(screen.getByTestId("words")).toHaveTextContent("Leaning toward closeness");
    expect(screen.getByTestId("percent")).toHaveTextContent("75");
    expect(screen.getByTestId("root")).toHaveAttribute("data-input", "keyboard");
    expect(screen.getByTestId("root")).toHaveClass("host");
  });

  it("marks keyboard moves so the thumb moves without a transition, and a tap so it glides", () => {
    const { container } = render(<NeedsSpectrum defaultValue={50} />);
    const root = container.querySelector('[data-attune-part="root"]')!;
    expect(root).toHaveAttribute("data-input", "none");
    fireEvent.keyDown(screen.getByRole("slider"), { key: "ArrowLeft" });
    expect(root).toHaveAttribute("data-input", "keyboard");
    const track = container.querySelector('[data-attune-part="track"]')!;
    track.getBoundingClientRect = () => ({ left: 0, top: 0, width: 100, height: 10, right: 100, bottom: 10, x: 0, y: 0, toJSON() {} });
    fireEvent.pointerDown(track, { button: 0, clientX: 90, clientY: 5, pointerId: 1 });
    expect(root).toHaveAttribute("data-input", "pointer");
  });
});

describe("words that hold both needs", () => {
  it("shows no reflection until the person places the marker", () => {
    const { container } = render(<NeedsSpectrum />);
    expect(container.querySelector('[data-attune-part="reflection"]')).toBeNull();
    fireEvent.keyDown(screen.getByRole("slider"), { key: "ArrowRight" });
    expect(container.querySelector('[data-attune-part="reflection"]')).toHaveTextContent(/both real needs/);
  });

  it("a host's value counts as placed", () => {
    const { container } = render(<NeedsSpectrum defaultValue={20} />);
    expect(container.querySelector('[data-attune-part="reflection"]')).toHaveAttribute("data-state", "start");
  });

  it.each([
    ["en", needsSpectrumMessages, /both real needs/],
    ["es", es, /son necesidades reales/],
    ["ar", ar, /حاجتان حقيقيتان/],
  ])("every zone's reflection affirms both needs in %s; the middle does not own 'both'", (_l, catalogue, both) => {
    const zones = ["StrongStart", "Start", "Middle", "End", "StrongEnd"] as const;
    for (const z of zones) expect(String(catalogue[`needsSpectrum.reflect${z}`])).toMatch(both);
    expect(JSON.stringify(catalogue)).not.toMatch(/will be back|volverán|سيعودون/);
  });

  it("the label asks which pulls harder when choosing", () => {
    expect(needsSpectrumMessages["needsSpectrum.label"]).toMatch(/when I have to choose, which pulls harder\?/);
    expect(es["needsSpectrum.label"]).toMatch(/cuando tengo que elegir/);
    expect(ar["needsSpectrum.label"]).toMatch(/حين يلزم الاختيار/);
  });

  it("the overlap's second circle is the partner, captioned as the togetherness I'd like now", () => {
    const { container } = render(<NeedsSpectrum variant="overlap" defaultValue={10} />);
    expect(container.querySelector('[data-attune-part="overlap-other"]')).toHaveTextContent("My partner");
    expect(screen.getByText("How much togetherness I'd like now")).toBeInTheDocument();
    expect(JSON.stringify([needsSpectrumMessages, es, ar])).not.toMatch(/"Us"|"Nosotros"|"نحن"/);
  });

  it("Spanish zone labels are nouns (no 'Inclinado'), with no vosotros; Arabic has no first-person zone labels", () => {
    expect(JSON.stringify(es)).not.toMatch(/Inclinado|inclinado|compartáis|habéis|os veréis/);
    for (const k of ["zoneStrongStart", "zoneStart", "zoneEnd", "zoneStrongEnd"] as const) expect(ar[`needsSpectrum.${k}`]).not.toMatch(/^أميل/);
  });

  it("screen readers hear words, never a score", () => {
    render(<NeedsSpectrum defaultValue={70} />);
    expect(screen.getByRole("slider").getAttribute("aria-valuetext")).not.toMatch(/\d/);
  });
});

describe("parts", () => {
  it("Root, Track, Thumb and Reflection forward refs and spread rest props", () => {
    const refs = { root: React.createRef<HTMLDivElement>(), track: React.createRef<HTMLDivElement>(), thumb: React.createRef<HTMLSpanElement>(), reflection: React.createRef<HTMLParagraphElement>() };
    render(
      <NeedsSpectrumRoot ref={refs.root} defaultValue={80} data-testid="r" title="root">
        <NeedsSpectrumReflection ref={refs.reflection} className="mine" />
        <NeedsSpectrumTrack ref={refs.track} id="track">
          <NeedsSpectrumThumb ref={refs.thumb} aria-label="Lean" />
        </NeedsSpectrumTrack>
      </NeedsSpectrumRoot>,
    );
    expect(refs.root.current).toBe(screen.getByTestId("r"));
    expect(refs.root.current).toHaveAttribute("title", "root");
    expect(refs.track.current).toHaveAttribute("id", "track");
    expect(refs.thumb.current).toBe(screen.getByRole("slider", { name: "Lean" }));
    expect(refs.reflection.current).toHaveClass("mine");
  });
});

describe("parseSpectrumPosition", () => {
  it("accepts the documented shape after a JSON round trip", () => {
    const p = { version: 1, value: 70, shared: true, min: 0, max: 100, topic: "evenings", updatedAt: 1_795_291_200_000 };
    expect(parseSpectrumPosition(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, value: p });
    expect(parseSpectrumPosition({ version: 1, value: 0, shared: false })).toEqual({ ok: true, value: { version: 1, value: 0, shared: false } });
  });
  it.each([
    [null],
    ["70"],
    [[]],
    [{ version: 2, value: 1, shared: true }],
    [{ version: 1, value: NaN, shared: true }],
    [{ version: 1, value: "70", shared: true }],
    [{ version: 1, value: 70, shared: "yes" }],
    [{ version: 1, value: 170, shared: true }],
    [{ version: 1, value: 5, shared: true, min: 10, max: 0 }],
    [{ version: 1, value: 5, shared: true, topic: 3 }],
    [{ version: 1, value: 5, shared: true, updatedAt: 8.64e15 + 1 }],
  ])("rejects %j", (value) => {
    const r = parseSpectrumPosition(value);
    expect(r.ok).toBe(false);
  });
});

describe("NeedsHistory dates", () => {
  it("reads real dates only", () => {
    expect(readHistoryDate("2026-02-30")).toBeNull();
    expect(readHistoryDate("2026-02-28")).toEqual({ time: Date.UTC(2026, 1, 28), dateOnly: true });
    expect(readHistoryDate("2026-13-01T00:00:00Z")).toBeNull();
    expect(readHistoryDate(8.64e15 + 1)).toBeNull();
    expect(readHistoryDate(new Date(NaN))).toBeNull();
    expect(readHistoryDate("March 3")).toBeNull();
  });

  it("skips an impossible date and one beyond a Date's range, reporting each, without crashing", () => {
    const onError = vi.fn();
    render(
      <NeedsHistory
        timeZone="UTC"
        onError={onError}
        entries={[
          { date: "2026-02-30", value: 40 },
          { date: 8.64e15 + 1, value: 60 },
          { date: "2026-03-02", value: 70 },
        ]}
      />,
    );
    expect(screen.getAllByRole("row")).toHaveLength(2);
    expect(screen.getByText("1 entry, on Mar 2, 2026")).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: "invalid-input" });
  });

  it("renders the same markup on a server and on first render in another zone (device zone only after mount)", () => {
    const entries = [{ date: "2026-03-08T23:30:00Z", value: 40 }];
    const server = renderToString(<NeedsHistory entries={entries} />);
    expect(server).toContain("Mar 8, 2026");
    const tz = process.env.TZ;
    // What a browser in another zone would render before its effects run.
    process.env.TZ = "Europe/Berlin";
    try {
      expect(renderToString(<NeedsHistory entries={entries} />)).toBe(server);
    } finally {
      process.env.TZ = tz;
    }
  });

  it("shows a calendar date as that date in any zone", () => {
    render(<NeedsHistory entries={[{ date: "2026-03-08", value: 40 }]} timeZone="America/Los_Angeles" />);
    expect(screen.getByText("1 entry, on Mar 8, 2026")).toBeInTheDocument();
  });

  it("takes a heading level", () => {
    render(<NeedsHistory entries={[]} headingLevel={3} />);
    expect(screen.getByRole("heading", { level: 3, name: "How my lean has moved" })).toBeInTheDocument();
  });
});

describe("NeedsProfile with broken topics", () => {
  it("drops null entries and repeated ids without a crash or a key error", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<NeedsProfile topics={[null, { id: "a", label: "A" }, { id: "a", label: "A again" }, { label: "no id" }, { id: "b", label: "B" }] as never} headingLevel={3} />);
    expect(screen.getAllByRole("slider")).toHaveLength(2);
    expect(screen.getByRole("heading", { level: 3 })).toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls.join("\n")).toMatch(/appears more than once/);
    error.mockRestore();
  });
});
