import * as React from "react";
import * as Attune from "@attune/react";
import { holdingBoth as guidedHoldingBoth } from "@attune/guided-practice/practices/en";

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
  Heading: () => <Attune.Heading level={3}>A heading</Attune.Heading>,
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
        version: 1,
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
  CuriosityDeck: () => <Attune.CuriosityDeck />,
  GuidedPractice: () => <Attune.GuidedPractice />,
  PracticePlayerRoot: () => (
    <Attune.PracticePlayerRoot practices={[guidedHoldingBoth]} returnAt={{ at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" }}>
      <Attune.PracticePlayerTitle headingLevel={3} />
      <Attune.PracticePlayerSummary />
      <Attune.PracticePlayerPicker />
      <Attune.PracticePlayerReturnTime />
      <Attune.PracticePlayerStage />
      <Attune.PracticePlayerBreath />
      <Attune.PracticePlayerProgress />
      <Attune.PracticePlayerControls />
      <Attune.PracticePlayerAudio />
    </Attune.PracticePlayerRoot>
  ),
  VillageAudit: () => <Attune.VillageAudit />,
  VillageAuditRoot: () => (
    <Attune.VillageAuditRoot
      partnerName="Sam"
      defaultValue={{ version: 1, date: Date.UTC(2026, 10, 1), people: [], needs: [{ id: "a", label: "", suggestion: "play", sources: ["partner"] }] }}
      previous={{ version: 1, date: Date.UTC(2026, 9, 1), people: [], needs: [] }}
      onSharePicture={() => {}}
    >
      <Attune.VillageAuditHeader />
      <Attune.VillageAuditNeeds />
      <Attune.VillageAuditSources />
      <Attune.VillageAuditPicture />
      <Attune.VillageAuditSummary />
      <Attune.VillageAuditTable />
      <Attune.VillageAuditChanges />
      <Attune.VillageAuditPlan />
      <Attune.VillageAuditShareButton />
    </Attune.VillageAuditRoot>
  ),
  Reflection: () => <Attune.Reflection />,
  LoopMap: () => <Attune.LoopMap />,
  LoopMapRoot: () => (
    <Attune.LoopMapRoot
      partnerName="Sam"
      defaultValue={{ version: 1, date: Date.UTC(2026, 10, 1), feel: { suggestion: "far", text: "" }, move: { text: "ask more" }, longing: { text: "" }, step: { suggestion: "sayBack", text: "" }, shared: true }}
      partner={{ version: 1, date: Date.UTC(2026, 10, 1), feel: { suggestion: "far", text: "" }, move: { text: "ask more" }, longing: { text: "" }, step: { suggestion: "sayBack", text: "" }, shared: true }}
      previous={{ version: 1, date: Date.UTC(2026, 9, 1), mine: { version: 1, date: Date.UTC(2026, 10, 1), feel: { suggestion: "far", text: "" }, move: { text: "ask more" }, longing: { text: "" }, step: { suggestion: "sayBack", text: "" }, shared: true } }}
      onNewStep={() => {}}
    >
      <Attune.LoopMapHeader />
      <Attune.LoopMapHalf />
      <Attune.LoopMapField field="step" />
      <Attune.LoopMapCycle />
      <Attune.LoopMapPicture />
      <Attune.LoopMapSteps />
      <Attune.LoopMapNewStep />
      <Attune.LoopMapChanges />
    </Attune.LoopMapRoot>
  ),
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
  LoopMapHeader: "LoopMapRoot",
  LoopMapHalf: "LoopMapRoot",
  LoopMapField: "LoopMapRoot",
  LoopMapCycle: "LoopMapRoot",
  LoopMapPicture: "LoopMapRoot",
  LoopMapSteps: "LoopMapRoot",
  LoopMapNewStep: "LoopMapRoot",
  LoopMapChanges: "LoopMapRoot",
  NeedsSpectrumRoot: "NeedsSpectrum",
  NeedsSpectrumTrack: "NeedsSpectrum",
  NeedsSpectrumRange: "NeedsSpectrum",
  NeedsSpectrumThumb: "NeedsSpectrum",
  NeedsSpectrumPartnerMarker: "NeedsSpectrum",
  NeedsSpectrumEndLabels: "NeedsSpectrum",
  NeedsSpectrumReflection: "NeedsSpectrum",
  NeedsSpectrumOverlap: "NeedsSpectrum",
  CuriosityDeckRoot: "CuriosityDeck",
  CuriosityDeckTitle: "CuriosityDeck",
  CuriosityDeckThemes: "CuriosityDeck",
  CuriosityDeckCard: "CuriosityDeck",
  CuriosityDeckNavigation: "CuriosityDeck",
  CuriosityDeckProgress: "CuriosityDeck",
  CuriosityDeckMarks: "CuriosityDeck",
  CuriosityDeckSend: "CuriosityDeck",
  CuriosityDeckAnswer: "CuriosityDeck",
  VillageAuditHeader: "VillageAuditRoot",
  VillageAuditNeeds: "VillageAuditRoot",
  VillageAuditAddNeed: "VillageAuditRoot",
  VillageAuditSources: "VillageAuditRoot",
  VillageAuditPicture: "VillageAuditRoot",
  VillageAuditSummary: "VillageAuditRoot",
  VillageAuditTable: "VillageAuditRoot",
  VillageAuditPlan: "VillageAuditRoot",
  VillageAuditChanges: "VillageAuditRoot",
  VillageAuditShareButton: "VillageAuditRoot",
  NeedsSpectrumOverlapCaption: "NeedsSpectrum",
  BreathingRoot: "BreathingGuide",
  BreathingSummary: "BreathingGuide",
  BreathingGuidance: "BreathingGuide",
  BreathingVisual: "BreathingGuide",
  BreathingPhase: "BreathingGuide",
  BreathingNote: "BreathingGuide",
  BreathingProgress: "BreathingGuide",
  BreathingControls: "BreathingGuide",
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
  PlannerRoot: "RitualPlanner",
  NextRitual: "RitualPlanner",
  Agenda: "RitualPlanner",
  AgendaItem: "RitualPlanner",
  WeekView: "RitualPlanner",
  PlanDialog: "RitualPlanner",
  ExportButton: "RitualPlanner",
  ComposerRoot: "ReassuranceComposer",
  ComposerTemplates: "ReassuranceComposer",
  ComposerConfirm: "ReassuranceComposer",
  ComposerSlots: "ReassuranceComposer",
  ComposerReturnTime: "ReassuranceComposer",
  ComposerEditor: "ReassuranceComposer",
  ComposerStyles: "ReassuranceComposer",
  ComposerPreview: "ReassuranceComposer",
  ComposerHints: "ReassuranceComposer",
  ComposerSendButton: "ReassuranceComposer",
  ComposerReviewDialog: "ReassuranceComposer",
  ComposerActions: "ReassuranceComposer",
  PracticePlayerTitle: "PracticePlayerRoot",
  PracticePlayerSummary: "PracticePlayerRoot",
  PracticePlayerPicker: "PracticePlayerRoot",
  PracticePlayerReturnTime: "PracticePlayerRoot",
  PracticePlayerStage: "PracticePlayerRoot",
  PracticePlayerBreath: "PracticePlayerRoot",
  PracticePlayerProgress: "PracticePlayerRoot",
  PracticePlayerControls: "PracticePlayerRoot",
  PracticePlayerAudio: "PracticePlayerRoot",
  ReflectionRoot: "Reflection",
  ReflectionHeader: "Reflection",
  ReflectionSets: "Reflection",
  ReflectionProgress: "Reflection",
  ReflectionStep: "Reflection",
  ReflectionShareSwitch: "Reflection",
  ReflectionSummary: "Reflection",
  ReflectionPreview: "Reflection",
  ReflectionClear: "Reflection",
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
