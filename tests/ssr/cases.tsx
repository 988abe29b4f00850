import * as React from "react";
import * as Attune from "@attune/react";

/**
 * One server-renderable example of every component the umbrella exports. Parts that only
 * make sense inside their root are rendered through the root and listed in `coveredBy`.
 * A test fails when a new component export has neither, so nothing ships un-SSR-tested.
 */

export const cases: Record<string, () => React.ReactElement> = {
  AttuneProvider: () => (
    <Attune.AttuneProvider theme="dark" locale="ar">
      <Attune.Button>زر</Attune.Button>
    </Attune.AttuneProvider>
  ),
  Button: () => <Attune.Button variant="primary">Save</Attune.Button>,
  Card: () => <Attune.Card tone="accent">A card</Attune.Card>,
  LiveRegion: () => <Attune.LiveRegion message="Inhale" />,
  VisuallyHidden: () => <Attune.VisuallyHidden>Only for screen readers</Attune.VisuallyHidden>,
  Dialog: () => (
    <Attune.Dialog defaultOpen>
      <Attune.DialogTrigger>Open</Attune.DialogTrigger>
      <Attune.DialogContent>
        <Attune.DialogTitle>Title</Attune.DialogTitle>
        <Attune.DialogDescription>Description</Attune.DialogDescription>
        <Attune.DialogClose>Close</Attune.DialogClose>
      </Attune.DialogContent>
    </Attune.Dialog>
  ),
  NeedsSpectrum: () => (
    <Attune.NeedsSpectrum defaultValue={30} defaultSecondaryValue={60} partner={{ value: 70, label: "Sam" }} />
  ),
  NeedsProfile: () => <Attune.NeedsProfile defaultValue={{ evenings: 30, weekends: 70 }} />,
  NeedsHistory: () => (
    <Attune.NeedsHistory
      timeZone="UTC"
      entries={[
        { date: "2026-11-01T12:00:00Z", value: 30 },
        { date: "2026-11-08T12:00:00Z", value: 55 },
      ]}
    />
  ),
  ReassuranceComposer: () => <Attune.ReassuranceComposer onSend={() => {}} />,
  ReassuranceCard: () => (
    <Attune.ReassuranceCard
      timeZone="Europe/Berlin"
      card={{
        kind: "space",
        templateId: "blank-space",
        text: "I need an hour to recharge. We're okay. <b>Back at 8.</b>",
        parts: { durationMinutes: 60 },
        returnTime: { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" },
        locale: "en",
        style: "calm",
      }}
    />
  ),
  RitualPlanner: () => (
    <Attune.RitualPlanner
      now={Date.UTC(2026, 10, 21, 12)}
      timeZone="Europe/Berlin"
      partnerTimeZone="America/New_York"
      returnTime={{ at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" }}
    />
  ),
  DateTimeField: () => <Attune.DateTimeField label="Back on" defaultValue={{ date: "2026-11-21", time: "19:30" }} />,
  CalendarGrid: () => <Attune.CalendarGrid initial="2026-11-21" selected="2026-11-21" onSelect={() => {}} />,
  BreathingGuide: () => <Attune.BreathingGuide pattern="box" />,
  BodyCheckIn: () => <Attune.BodyCheckIn />,
  BodyCheckInRoot: () => (
    <Attune.BodyCheckInRoot
      defaultValue={{ version: 1, date: Date.UTC(2026, 11, 1), marks: [{ place: "chest", sensations: ["tight"], intensity: 3 }], need: "pause" }}
      previous={{ version: 1, date: Date.UTC(2026, 11, 1), marks: [{ place: "chest", sensations: ["tight"], intensity: 7 }] }}
      onShare={() => {}}
      onWriteCard={() => {}}
      onBreathe={() => {}}
    >
      <Attune.BodyCheckInHeader />
      <Attune.BodyCheckInChange />
      <Attune.BodyCheckInViewToggle />
      <Attune.BodyCheckInMap />
      <Attune.BodyCheckInList />
      <Attune.BodyCheckInDetails />
      <Attune.BodyCheckInNeeds />
      <Attune.BodyCheckInSentence />
      <Attune.BodyCheckInNextSteps />
    </Attune.BodyCheckInRoot>
  ),
};

export const coveredBy: Record<string, string> = {
  NeedsSpectrumRoot: "NeedsSpectrum",
  NeedsSpectrumTrack: "NeedsSpectrum",
  NeedsSpectrumRange: "NeedsSpectrum",
  NeedsSpectrumThumb: "NeedsSpectrum",
  NeedsSpectrumPartnerMarker: "NeedsSpectrum",
  NeedsSpectrumEndLabels: "NeedsSpectrum",
  NeedsSpectrumReflection: "NeedsSpectrum",
  NeedsSpectrumOverlap: "NeedsSpectrum",
  BodyCheckInHeader: "BodyCheckInRoot",
  BodyCheckInChange: "BodyCheckInRoot",
  BodyCheckInViewToggle: "BodyCheckInRoot",
  BodyCheckInMap: "BodyCheckInRoot",
  BodyCheckInList: "BodyCheckInRoot",
  BodyCheckInDetails: "BodyCheckInRoot",
  BodyCheckInPlaceDetails: "BodyCheckInRoot",
  BodyCheckInSlider: "BodyCheckInRoot",
  BodyCheckInNeeds: "BodyCheckInRoot",
  BodyCheckInSentence: "BodyCheckInRoot",
  BodyCheckInNextSteps: "BodyCheckInRoot",
  DialogTrigger: "Dialog",
  DialogContent: "Dialog",
  DialogTitle: "Dialog",
  DialogDescription: "Dialog",
  DialogClose: "Dialog",
};

/** Every export that is a React component (a capitalised function or a forwardRef/memo object). */
export function componentExports(): string[] {
  return Object.entries(Attune as Record<string, unknown>)
    .filter(([name, value]) => {
      if (!/^[A-Z]/.test(name)) return false;
      if (typeof value === "function") return !/^class\s/.test(Function.prototype.toString.call(value));
      return typeof value === "object" && value !== null && "$$typeof" in value;
    })
    .map(([name]) => name)
    .filter((name) => name !== "AttuneContext");
}
