import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, CalendarGrid, DateTimeField, type DateTimeFieldValue } from "../index";
import { es } from "../locales/es";
import { ar } from "../locales/ar";
import { coreMessages } from "../messages";

function Controlled(props: { initial: DateTimeFieldValue; onValueChange?: (v: DateTimeFieldValue) => void; granularity?: "day" | "minute" }) {
  const [value, setValue] = React.useState(props.initial);
  return (
    <DateTimeField
      label="Back on"
      value={value}
      granularity={props.granularity}
      fallbackDate="2026-03-04"
      onValueChange={(v) => {
        setValue(v);
        props.onValueChange?.(v);
      }}
    />
  );
}

describe("DateTimeField", () => {
  it("keeps typed text, and adds a time unless date-only", async () => {
    const onValueChange = vi.fn();
    render(<Controlled initial={{ date: "", time: "" }} onValueChange={onValueChange} />);
    const group = screen.getByRole("group", { name: "Back on" });
    await userEvent.type(within(group).getByLabelText("Date (YYYY-MM-DD)"), "2026-13");
    expect(within(group).getByLabelText("Date (YYYY-MM-DD)")).toHaveValue("2026-13");
    expect(onValueChange).toHaveBeenLastCalledWith({ date: "2026-13", time: "" });
    expect(within(group).getByLabelText("Time")).toHaveAttribute("type", "time");
  });

  it("date-only: the label names the date input, the button names the chosen day", () => {
    render(<DateTimeField label="Starts" granularity="day" defaultValue={{ date: "2026-03-04", time: "" }} />);
    expect(screen.getByLabelText("Starts")).toHaveValue("2026-03-04");
    expect(screen.queryByLabelText("Time")).toBeNull();
    expect(screen.getByRole("button", { name: "Choose date, Wednesday, March 4" })).toHaveAttribute("aria-haspopup", "dialog");
  });

  it("draws the button's calendar icon (no emoji glyph that some devices lack), hidden from screen readers", () => {
    render(<DateTimeField label="Starts" granularity="day" />);
    const button = screen.getByRole("button", { name: "Choose date" });
    const icon = button.querySelector('svg[data-attune-part="date-icon"]');
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveAttribute("stroke", "currentColor");
    expect(button.textContent).toBe("");
  });

  it("chooses a day in the picker by keyboard and returns focus to its button", async () => {
    const onValueChange = vi.fn();
    render(<Controlled initial={{ date: "2026-03-04", time: "19:30" }} onValueChange={onValueChange} />);
    const button = screen.getByRole("button", { name: /Choose date/ });
    button.focus();
    await userEvent.keyboard("{Enter}");
    const picker = await screen.findByRole("dialog", { name: "Choose a date" });
    expect(within(picker).getByRole("grid", { name: "March 2026" })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, March 4"));
    await userEvent.keyboard("{ArrowRight}{ArrowDown}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Thursday, March 12");
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Monday, March 9");
    await userEvent.keyboard("{End}{PageDown}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, April 15");
    await userEvent.keyboard("{Shift>}{PageUp}{/Shift}{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onValueChange).toHaveBeenLastCalledWith({ date: "2025-04-15", time: "19:30" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: /Choose date/ })));
  });

  it("opens on the fallback month when the date is not valid, and Cancel changes nothing", async () => {
    const onValueChange = vi.fn();
    render(<Controlled initial={{ date: "2026-02-30", time: "" }} onValueChange={onValueChange} />);
    await userEvent.click(screen.getByRole("button", { name: "Choose date" }));
    const picker = await screen.findByRole("dialog", { name: "Choose a date" });
    expect(within(picker).getByRole("grid", { name: "March 2026" })).toBeInTheDocument();
    expect(within(picker).queryByRole("gridcell", { selected: true })).toBeNull();
    await userEvent.click(within(picker).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it("reads only text from a value the host got wrong", () => {
    const bad = { date: 42, time: null } as unknown as DateTimeFieldValue;
    render(<DateTimeField label="When" value={bad} />);
    expect(screen.getByLabelText("Date (YYYY-MM-DD)")).toHaveValue("");
  });

  it("speaks Spanish and Arabic from core's catalogues", () => {
    for (const bundle of [es, ar]) expect(Object.keys(bundle).sort()).toEqual(Object.keys(coreMessages).sort());
    render(
      <AttuneProvider locale="es" messages={es}>
        <DateTimeField label="Vuelta" defaultValue={{ date: "2026-03-04", time: "" }} />
      </AttuneProvider>,
    );
    expect(screen.getByLabelText("Fecha (AAAA-MM-DD)")).toBeInTheDocument();
    expect(screen.getByLabelText("Hora")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Elegir fecha, miércoles/ })).toBeInTheDocument();
  });
});

describe("CalendarGrid", () => {
  it("mirrors Left and Right in right-to-left layouts, and forwards its ref and props", async () => {
    const ref = React.createRef<HTMLDivElement>();
    const onSelect = vi.fn();
    render(<CalendarGrid ref={ref} dir="rtl" initial="2026-03-04" onSelect={onSelect} headingLevel={4} data-testid="cal" />);
    expect(ref.current).toBe(screen.getByTestId("cal"));
    expect(screen.getByRole("heading", { level: 4, name: "March 2026" })).toBeInTheDocument();
    screen.getByRole("gridcell", { name: "Wednesday, March 4" }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Thursday, March 5");
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ }");
    expect(onSelect).toHaveBeenCalledWith("2026-03-03");
  });

  it("a host's onKeyDown that prevents default stops the grid's keys", async () => {
    render(
      <div onKeyDownCapture={(e) => e.key === "ArrowRight" && e.preventDefault()}>
        <CalendarGrid initial="2026-03-04" onSelect={() => {}} />
      </div>,
    );
    screen.getByRole("gridcell", { name: "Wednesday, March 4" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, March 4");
  });
});
