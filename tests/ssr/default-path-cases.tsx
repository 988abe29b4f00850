import * as React from "react";
import * as Attune from "@attune/react";

/**
 * The default path: each exported component as a host first writes it, with no `now` and no
 * `timeZone` pinned. Components not listed render with no props at all; those listed need
 * data (entries, plans) or required props before anything zone-dependent is on screen.
 */

export const defaultPathCases: Record<string, () => React.ReactElement> = {
  NeedsHistory: () => (
    <Attune.NeedsHistory
      entries={[
        { date: "2026-11-01T23:30:00Z", value: 30 },
        { date: "2026-11-08T23:30:00Z", value: 55 },
      ]}
    />
  ),
  RitualPlanner: () => (
    <Attune.RitualPlanner
      defaultValue={[
        { kind: "ritual", id: "walk", title: "Evening walk", how: "walk", timeZone: "America/New_York", startDate: "2026-01-01", time: "19:00", durationMinutes: 30, recurrence: { freq: "daily" } },
      ]}
    />
  ),
  DateTimeField: () => <Attune.DateTimeField label="Back on" defaultValue={{ date: "2026-11-21", time: "19:30" }} />,
  CalendarGrid: () => <Attune.CalendarGrid initial="2026-11-21" selected="2026-11-21" onSelect={() => {}} />,
};

/** The element the default path renders for an exported component. */
export function defaultPathElement(name: string): React.ReactElement {
  const make = defaultPathCases[name];
  if (make) return make();
  const Component = (Attune as unknown as Record<string, React.ElementType>)[name]!;
  return <Component />;
}
