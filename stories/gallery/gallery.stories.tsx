import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { fn } from "storybook/test";
import { BreathingGuide } from "@attune/breathing";
import { NeedsHistory, NeedsProfile, NeedsSpectrum } from "@attune/needs-spectrum";
import { ReassuranceComposer } from "@attune/reassurance-composer";
import { RitualPlanner, type RitualPlan } from "@attune/ritual-planner";

const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  how: "walk",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: ["WE", "FR"] },
  starter: "either",
  agreement: { status: "accepted", by: "partner" },
};

/**
 * Every widget of the kit, together, in the theme chosen in the toolbar (Light, Dark, Sample
 * brand) and the chosen language and direction. A new widget is one line in WIDGETS.
 */
const WIDGETS: Array<[name: string, element: React.ReactElement]> = [
  ["Needs spectrum", <NeedsSpectrum defaultValue={30} partner={{ value: 72, label: "Sam" }} onValueChange={fn()} />],
  ["Needs profile", <NeedsProfile defaultValue={{ evenings: 30, weekends: 70, conflict: 15, sleep: 55 }} />],
  [
    "Needs history",
    <NeedsHistory
      timeZone="UTC"
      entries={[
        { date: "2026-06-01T09:00:00Z", value: 25 },
        { date: "2026-07-01T09:00:00Z", value: 40 },
        { date: "2026-08-01T09:00:00Z", value: 35 },
        { date: "2026-09-01T09:00:00Z", value: 60 },
      ]}
    />,
  ],
  ["Reassurance composer", <ReassuranceComposer defaultTemplateId="spaceRecharge" timeZone="Europe/Berlin" onSend={fn()} />],
  [
    "Ritual planner",
    <RitualPlanner now={Date.UTC(2026, 2, 4, 12)} timeZone="Europe/Berlin" defaultValue={[walk]} onValueChange={fn()} />,
  ],
  ["Breathing guide", <BreathingGuide pattern="resonance" />],
];

function Gallery() {
  return (
    <div className="attune-gallery">
      {WIDGETS.map(([name, element]) => (
        <section key={name} aria-label={name} className="attune-gallery-item">
          <h2 className="attune-gallery-name">{name}</h2>
          {element}
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: "Gallery",
  component: Gallery,
  tags: ["!autodocs"],
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof Gallery>;
export default meta;

/** The whole kit at once; switch Theme, Locale and Direction in the toolbar. */
export const AllWidgets: StoryObj<typeof meta> = { name: "All widgets" };
