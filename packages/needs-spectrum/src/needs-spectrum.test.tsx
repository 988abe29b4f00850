import * as React from "react";
import { renderToString } from "react-dom/server";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, resetWarnings } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import { es } from "./locales/es";
import { ar } from "./locales/ar";
import {
  NeedsSpectrum,
  NeedsSpectrumRoot as Root,
  NeedsSpectrumThumb as Thumb,
  NeedsSpectrumTrack as Track,
  NeedsSpectrumPartnerMarker as PartnerMarker,
  NeedsSpectrumReflection as Reflection,
} from "./index";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

/** jsdom has no layout: give the track a box so pointer positions mean something. */
function sizeTrack(container: HTMLElement, rect = { left: 0, top: 0, width: 200, height: 44 }) {
  const track = container.querySelector<HTMLElement>('[data-attune-part="track"]')!;
  track.getBoundingClientRect = () => ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height, x: rect.left, y: rect.top, toJSON() {} }) as DOMRect;
  return track;
}

describe("NeedsSpectrum: the slider", () => {
  it("is a labelled slider whose value text says the lean in words", () => {
    render(<NeedsSpectrum defaultValue={70} />);
    const slider = screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder?" });
    expect(slider).toHaveAttribute("aria-valuenow", "70");
    expect(slider).toHaveAttribute("aria-valuemin", "0");
    expect(slider).toHaveAttribute("aria-valuemax", "100");
    expect(slider).toHaveAttribute("aria-valuetext", "Leaning toward closeness");
    expect(slider).toHaveAttribute("aria-orientation", "horizontal");
    expect(screen.getByText("Space")).toBeInTheDocument();
    expect(screen.getByText("Closeness")).toBeInTheDocument();
  });

  it("starts in the middle when uncontrolled without a default", () => {
    render(<NeedsSpectrum />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuetext", "Between space and closeness");
  });

  it("moves with arrows, Page Up/Down, Home and End, reporting change and commit", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onValueCommit = vi.fn();
    render(<NeedsSpectrum defaultValue={50} onValueChange={onValueChange} onValueCommit={onValueCommit} />);
    const slider = screen.getByRole("slider");
    await user.tab();
    expect(slider).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "52");
    await user.keyboard("{ArrowLeft}{ArrowDown}{ArrowDown}");
    expect(slider).toHaveAttribute("aria-valuenow", "49");
    await user.keyboard("{PageUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "59");
    await user.keyboard("{PageDown}{PageDown}");
    expect(slider).toHaveAttribute("aria-valuenow", "39");
    await user.keyboard("{Home}");
    expect(slider).toHaveAttribute("aria-valuetext", "Leaning strongly toward space");
    await user.keyboard("{End}");
    expect(slider).toHaveAttribute("aria-valuetext", "Leaning strongly toward closeness");
    expect(onValueChange).toHaveBeenLastCalledWith(100);
    expect(onValueCommit).toHaveBeenLastCalledWith(100);
    expect(onValueCommit).toHaveBeenCalledTimes(10);
    // At the end, End and ArrowRight again change and commit nothing.
    await user.keyboard("{End}{ArrowRight}");
    expect(onValueChange).toHaveBeenCalledTimes(10);
    expect(onValueCommit).toHaveBeenCalledTimes(10);
  });

  it("follows the visual direction under RTL", async () => {
    const user = userEvent.setup();
    render(<NeedsSpectrum defaultValue={50} dir="rtl" />);
    const slider = screen.getByRole("slider");
    slider.focus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "52");
    await user.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuenow", "51");
    // Mirrored placement: the marker moves toward the left edge.
    expect(slider.parentElement!.style.transform).toBe("translateX(-51cqi)");
  });

  it("is vertical on request, with closeness at the top", async () => {
    const user = userEvent.setup();
    const { container } = render(<NeedsSpectrum defaultValue={50} orientation="vertical" />);
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-orientation", "vertical");
    expect(container.querySelector('[data-attune-part="root"]')).toHaveAttribute("data-orientation", "vertical");
    slider.focus();
    await user.keyboard("{ArrowUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "51");
    expect(slider.parentElement!.style.transform).toBe("translateY(-51cqb)");
    const track = sizeTrack(container, { left: 0, top: 0, width: 44, height: 200 });
    fireEvent.pointerDown(track, { clientX: 20, clientY: 50, button: 0, pointerId: 1 });
    expect(slider).toHaveAttribute("aria-valuenow", "75");
  });

  it("sets the value with one tap anywhere on the track, commits on release and focuses the thumb", () => {
    const onValueCommit = vi.fn();
    const { container } = render(<NeedsSpectrum defaultValue={50} onValueCommit={onValueCommit} />);
    const track = sizeTrack(container);
    fireEvent.pointerDown(track, { clientX: 40, clientY: 10, button: 0, pointerId: 1 });
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuenow", "20");
    expect(slider).toHaveFocus();
    expect(onValueCommit).not.toHaveBeenCalled();
    fireEvent.pointerMove(track, { clientX: 60, clientY: 10, pointerId: 1 });
    expect(slider).toHaveAttribute("aria-valuenow", "30");
    fireEvent.pointerUp(track, { clientX: 60, clientY: 10, pointerId: 1 });
    expect(onValueCommit).toHaveBeenCalledWith(30);
    // A tap that lands on the current value commits nothing.
    fireEvent.pointerDown(track, { clientX: 60, clientY: 10, button: 0, pointerId: 1 });
    fireEvent.pointerUp(track, { clientX: 60, clientY: 10, pointerId: 1 });
    expect(onValueCommit).toHaveBeenCalledTimes(1);
    // Moving without a press does nothing.
    fireEvent.pointerMove(track, { clientX: 180, clientY: 10, pointerId: 1 });
    expect(slider).toHaveAttribute("aria-valuenow", "30");
  });

  it("reads a tap from the right under RTL and ignores secondary buttons", () => {
    const { container } = render(<NeedsSpectrum defaultValue={50} dir="rtl" />);
    const track = sizeTrack(container);
    fireEvent.pointerDown(track, { clientX: 40, clientY: 10, button: 2, pointerId: 1 });
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "50");
    fireEvent.pointerDown(track, { clientX: 40, clientY: 10, button: 0, pointerId: 1 });
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "80");
  });

  it("is controlled: the value only moves when the host passes a new one", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<NeedsSpectrum value={30} onValueChange={onValueChange} />);
    const slider = screen.getByRole("slider");
    slider.focus();
    await user.keyboard("{ArrowRight}");
    expect(onValueChange).toHaveBeenCalledWith(31);
    expect(slider).toHaveAttribute("aria-valuenow", "30");
    rerender(<NeedsSpectrum value={31} onValueChange={onValueChange} />);
    expect(slider).toHaveAttribute("aria-valuenow", "31");
  });

  it("uses a custom range and step", async () => {
    const user = userEvent.setup();
    render(<NeedsSpectrum min={-3} max={3} step={0.5} defaultValue={0} />);
    const slider = screen.getByRole("slider");
    slider.focus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuenow", "1.5");
    expect(slider).toHaveAttribute("aria-valuemin", "-3");
    await user.keyboard("{PageUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "2");
  });

  it("when disabled: out of the tab order, deaf to keys and taps, not submitted", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = render(
      <form>
        <NeedsSpectrum defaultValue={50} disabled name="lean" onValueChange={onValueChange} />
      </form>,
    );
    const slider = screen.getByRole("slider");
    expect(slider).not.toHaveAttribute("tabindex");
    expect(slider).toHaveAttribute("aria-disabled", "true");
    expect(container.querySelector('[data-attune-part="root"]')).toHaveAttribute("data-disabled");
    await user.tab();
    expect(slider).not.toHaveFocus();
    fireEvent.keyDown(slider, { key: "ArrowRight" });
    fireEvent.pointerDown(sizeTrack(container), { clientX: 10, clientY: 10, button: 0, pointerId: 1 });
    expect(onValueChange).not.toHaveBeenCalled();
    expect([...new FormData(container.querySelector("form")!).keys()]).toEqual([]);
  });

  it("when read-only: focusable and announced, but the value stays", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = render(<NeedsSpectrum defaultValue={50} readOnly onValueChange={onValueChange} />);
    const slider = screen.getByRole("slider");
    await user.tab();
    expect(slider).toHaveFocus();
    expect(slider).toHaveAttribute("aria-readonly", "true");
    await user.keyboard("{ArrowRight}{End}");
    fireEvent.pointerDown(sizeTrack(container), { clientX: 10, clientY: 10, button: 0, pointerId: 1 });
    expect(onValueChange).not.toHaveBeenCalled();
    expect(slider).toHaveAttribute("aria-valuenow", "50");
  });

  it("submits its value through a hidden input", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <form>
        <NeedsSpectrum defaultValue={40} defaultSecondaryValue={60} name="lean" secondaryName="usual" />
      </form>,
    );
    const [now] = screen.getAllByRole("slider");
    now!.focus();
    await user.keyboard("{ArrowRight}");
    const data = new FormData(container.querySelector("form")!);
    expect(data.get("lean")).toBe("41");
    expect(data.get("usual")).toBe("60");
  });

  it("changes the reflection sentence with the lean, warm at both ends", async () => {
    const user = userEvent.setup();
    const { container } = render(<NeedsSpectrum defaultValue={50} />);
    const reflection = () => container.querySelector('[data-attune-part="reflection"]')!;
    expect(reflection()).toHaveAttribute("data-state", "middle");
    screen.getByRole("slider").focus();
    await user.keyboard("{Home}");
    expect(reflection()).toHaveTextContent(/real need/);
    expect(reflection()).toHaveAttribute("data-state", "strong-start");
    await user.keyboard("{End}");
    expect(reflection()).toHaveTextContent(/real need/);
    expect(reflection()).toHaveAttribute("data-state", "strong-end");
  });
});

describe("NeedsSpectrum: a second marker for the same person", () => {
  it("has two sliders, each named, the tap moving the nearer one", async () => {
    const user = userEvent.setup();
    const onSecondaryValueCommit = vi.fn();
    const { container } = render(<NeedsSpectrum defaultValue={20} defaultSecondaryValue={80} onSecondaryValueCommit={onSecondaryValueCommit} />);
    const now = screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder? Right now" });
    const usually = screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder? Usually" });
    await user.tab();
    expect(now).toHaveFocus();
    await user.tab();
    expect(usually).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(usually).toHaveAttribute("aria-valuenow", "79");
    expect(onSecondaryValueCommit).toHaveBeenCalledWith(79);
    const track = sizeTrack(container);
    fireEvent.pointerDown(track, { clientX: 140, clientY: 10, button: 0, pointerId: 1 });
    expect(usually).toHaveAttribute("aria-valuenow", "70");
    expect(now).toHaveAttribute("aria-valuenow", "20");
    expect(usually).toHaveFocus();
    expect(container.querySelector('[data-attune-part="range"]')).toBeInTheDocument();
  });

  it("takes the host's label for the second marker", () => {
    render(<NeedsSpectrum defaultValue={20} defaultSecondaryValue={80} secondaryLabel="What I'd like" />);
    expect(screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder? What I'd like" })).toBeInTheDocument();
  });
});

describe("NeedsSpectrum: the partner", () => {
  it("shows a read-only partner marker, described in words to the slider", () => {
    const { container } = render(<NeedsSpectrum defaultValue={30} partner={{ value: 75, label: "Sam" }} />);
    expect(screen.getAllByRole("slider")).toHaveLength(1);
    const marker = container.querySelector('[data-attune-part="partner-marker"]')!;
    expect(marker).toHaveAttribute("aria-hidden", "true");
    expect(marker).toHaveTextContent("Sam");
    expect(screen.getByRole("slider")).toHaveAccessibleDescription("Sam: Leaning toward closeness");
  });

  it("renders hostile partner names as plain text", () => {
    for (const name of [...hostile.markup, ...hostile.unicode]) {
      const { container, unmount } = render(<NeedsSpectrum partner={{ value: 10, label: name }} />);
      expect(container.querySelector("img, script, svg[onload]")).toBeNull();
      expect(container.querySelector('[data-attune-part="partner-label"]')!.textContent).toBe(name);
      unmount();
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("keeps both hidden until both have shared, then reveals", async () => {
    const user = userEvent.setup();
    const onShare = vi.fn();
    function Host() {
      const [partnerShared, setPartnerShared] = React.useState(false);
      return (
        <>
          <NeedsSpectrum defaultValue={30} reveal onShare={onShare} partner={{ value: partnerShared ? 80 : undefined, label: "Sam", shared: partnerShared }} />
          <button type="button" onClick={() => setPartnerShared(true)}>
            partner shares
          </button>
        </>
      );
    }
    const { container } = render(<Host />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("stays private until you have both shared");
    expect(container.querySelector('[data-attune-part="root"]')).toHaveAttribute("data-reveal", "waiting-for-both");
    screen.getByRole("slider").focus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    await user.click(screen.getByRole("button", { name: "Share where I lean" }));
    expect(onShare).toHaveBeenCalledWith(28);
    expect(status).toHaveTextContent("You have shared");
    expect(screen.queryByRole("button", { name: "Share where I lean" })).toBeNull();
    // Once shared, my position is fixed so neither of us adjusts after seeing the other.
    expect(screen.getByRole("slider")).toHaveAttribute("aria-readonly", "true");
    expect(container.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
    await user.click(screen.getByRole("button", { name: "partner shares" }));
    expect(status).toHaveTextContent("You have both shared");
    expect(container.querySelector('[data-attune-part="partner-marker"]')).toHaveTextContent("Sam");
  });

  it("never renders a partner value the host already passed, before I share", () => {
    const { container } = render(<NeedsSpectrum reveal partner={{ value: 90, label: "Sam", shared: true }} />);
    expect(screen.getByRole("status")).toHaveTextContent("Your partner has shared");
    expect(container.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
    expect(container.textContent).not.toContain("Sam");
  });
});

describe("NeedsSpectrum: overlap picture", () => {
  it("is the same slider with two circles that come together as the value rises", async () => {
    const user = userEvent.setup();
    const { container } = render(<NeedsSpectrum variant="overlap" defaultValue={0} />);
    const other = () => (container.querySelector('[data-attune-part="overlap-other"]') as SVGGElement).style.transform;
    expect(other()).toBe("translateX(34px)");
    const slider = screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder?" });
    slider.focus();
    await user.keyboard("{End}");
    expect(other()).toBe("translateX(3.4px)");
    expect(container.querySelector('[data-attune-part="overlap"]')).toHaveAttribute("aria-hidden", "true");
    const track = sizeTrack(container);
    fireEvent.pointerDown(track, { clientX: 100, clientY: 10, button: 0, pointerId: 1 });
    expect(slider).toHaveAttribute("aria-valuenow", "50");
  });
});

describe("NeedsSpectrum: a partner value that is not a number", () => {
  it("draws no partner rather than a made-up position", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const value of [null, NaN, Infinity, "70"]) {
      const { container, unmount } = render(<NeedsSpectrum partner={{ value: value as number, label: "Sam" }} />);
      expect(container.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
      expect(screen.getByRole("slider")).not.toHaveAccessibleDescription();
      unmount();
    }
    expect(warn.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/partner value must be a finite number/);
  });

  it("clamps a partner value outside the range", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<NeedsSpectrum partner={{ value: 140, label: "Sam" }} />);
    expect(screen.getByRole("slider")).toHaveAccessibleDescription("Sam: Leaning strongly toward closeness");
  });
});

describe("NeedsSpectrum: overlap is horizontal only", () => {
  it("ignores a vertical orientation with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<NeedsSpectrum variant="overlap" orientation="vertical" />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-orientation", "horizontal");
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/horizontal only/);
  });
});

describe("NeedsSpectrum: languages", () => {
  it("speaks Spanish from the locale bundle", () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <NeedsSpectrum defaultValue={85} />
      </AttuneProvider>,
    );
    expect(screen.getByRole("slider", { name: "Hacia dónde me inclino: cuando tengo que elegir, ¿qué pesa más?" })).toHaveAttribute("aria-valuetext", "Inclinación fuerte hacia la cercanía");
  });

  it("mirrors under Arabic without a dir prop", async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="ar" messages={ar}>
        <NeedsSpectrum defaultValue={50} />
      </AttuneProvider>,
    );
    const slider = screen.getByRole("slider", { name: "إلى أين أميل: حين يلزم الاختيار، أيّهما يجذب أكثر؟" });
    slider.focus();
    await user.keyboard("{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "51");
    expect(slider).toHaveAttribute("aria-valuetext", "بين المساحة والقُرب");
  });

  it("takes single message overrides", () => {
    render(<NeedsSpectrum messages={{ "needsSpectrum.endEnd": "Together" }} />);
    expect(screen.getByText("Together")).toBeInTheDocument();
  });
});

describe("NeedsSpectrum: bad input", () => {
  it("never crashes: NaN, Infinity, outside values, min > max, step <= 0", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<NeedsSpectrum value={NaN} />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "50");
    rerender(<NeedsSpectrum value={Infinity} />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "50");
    rerender(<NeedsSpectrum value={250} />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "100");
    rerender(<NeedsSpectrum value={5} min={10} max={0} step={0} />);
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuemin", "0");
    expect(slider).toHaveAttribute("aria-valuemax", "10");
    expect(slider).toHaveAttribute("aria-valuenow", "5");
    rerender(<NeedsSpectrum value={5} min={-Infinity} max={NaN} step={-1} partner={{ value: NaN }} />);
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuemax", "100");
    const messages = warn.mock.calls.map((c) => String(c[0])).join("\n");
    expect(messages).toMatch(/must be a finite number/);
    expect(messages).toMatch(/outside 0\.\.100/);
    expect(messages).toMatch(/swapping/);
    expect(messages).toMatch(/step must be greater than 0/);
  });

  it("falls back for an unknown locale and shows the key for a missing message, with warnings", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <AttuneProvider locale="not a locale!!">
        <NeedsSpectrum messages={{ "needsSpectrum.endStart": undefined as unknown as string }} />
      </AttuneProvider>,
    );
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuetext", "Between space and closeness");
    expect(screen.getByText("Space")).toBeInTheDocument();
    expect(warn.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(/not a valid BCP 47/);
  });
});

describe("NeedsSpectrum: parts", () => {
  it("can be recomposed from its parts, with data attributes for CSS", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Root defaultValue={10} aria-label="Weekends">
        <Track>
          <PartnerMarker value={90} label="Alex" />
          <Thumb aria-label="Weekends" />
        </Track>
        <Reflection />
      </Root>,
    );
    const root = container.querySelector('[data-attune-part="root"]')!;
    expect(root).toHaveAttribute("data-orientation", "horizontal");
    expect(root).toHaveAttribute("data-state", "strong-start");
    expect(root).toHaveClass("attune", "attune-needs-spectrum");
    const slider = screen.getByRole("slider", { name: "Weekends" });
    slider.focus();
    await user.keyboard("{End}");
    expect(root).toHaveAttribute("data-state", "strong-end");
    expect(slider).toHaveAttribute("data-state", "strong-end");
    expect(within(container).getByText("Alex")).toBeInTheDocument();
  });

  it("tells a developer when a part is outside Root", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Thumb />)).toThrow(/inside NeedsSpectrum.Root/);
  });
});

describe("NeedsSpectrum: hydration", () => {
  it("hydrates server markup without a mismatch", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const element = <NeedsSpectrum defaultValue={70} defaultSecondaryValue={40} partner={{ value: 20 }} />;
    const host = document.createElement("div");
    host.innerHTML = renderToString(element);
    document.body.append(host);
    const { hydrateRoot } = await import("react-dom/client");
    await act(async () => {
      hydrateRoot(host, element);
    });
    // React 18 warns about layout effects when renderToString runs where a document exists
    // (jsdom); a real server has none, and needs-spectrum.ssr.test.tsx checks that case.
    const real = errors.mock.calls.filter((c) => !String(c[0]).includes("useLayoutEffect does nothing on the server"));
    expect(real).toEqual([]);
    expect(within(host).getAllByRole("slider")).toHaveLength(2);
    expect(within(host).getAllByRole("slider")[0]).toHaveAttribute("aria-valuenow", "70");
    host.remove();
  });
});
