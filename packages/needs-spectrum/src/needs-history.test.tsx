import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { NeedsHistory } from "./index";
import { es } from "./locales/es";

const entries = [
  { date: "2026-03-08T12:00:00Z", value: 80 },
  { date: "2026-01-10T12:00:00Z", value: 15 },
  { date: "2026-02-14T12:00:00Z", value: 50 },
];

describe("NeedsHistory", () => {
  it("has a chart hidden from screen readers and a table in date order", () => {
    const { container } = render(<NeedsHistory entries={entries} timeZone="UTC" />);
    const figure = screen.getByRole("figure", { name: "How my lean has moved" });
    expect(container.querySelector('[data-attune-part="history-chart"]')).toHaveAttribute("aria-hidden", "true");
    const rows = within(figure).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "Jan 10, 2026Leaning strongly toward space",
      "Feb 14, 2026Between space and closeness",
      "Mar 8, 2026Leaning toward closeness",
    ]);
    expect(screen.getByText("3 entries, from Jan 10, 2026 to Mar 8, 2026")).toBeInTheDocument();
    expect(container.querySelectorAll('[data-attune-part="history-point"]')).toHaveLength(3);
  });

  it("shows dates in the host's time zone", () => {
    render(<NeedsHistory entries={[{ date: "2026-03-08T02:30:00Z", value: 40 }]} timeZone="America/New_York" />);
    expect(screen.getByText("1 entry, on Mar 7, 2026")).toBeInTheDocument();
  });

  it("skips unreadable entries, survives a bad time zone, and says when empty", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<NeedsHistory entries={[{ date: "nope", value: 3 }]} timeZone="Mars/Olympus" />);
    expect(screen.getByText("Nothing recorded yet.")).toBeInTheDocument();
    rerender(<NeedsHistory entries={[{ date: 0, value: 3 }]} timeZone="Mars/Olympus" />);
    expect(screen.getAllByRole("row")).toHaveLength(2);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("speaks the provider's language", () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <NeedsHistory entries={entries} timeZone="UTC" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("figure", { name: "Cómo ha cambiado mi inclinación" })).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "Fecha" })).toBeInTheDocument();
  });
});
