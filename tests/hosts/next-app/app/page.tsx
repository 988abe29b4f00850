// A server component. It imports the widgets straight from @attune/react (a "use client"
// module) and renders them with plain, serialisable props; they are server-rendered and
// hydrate in the browser. Widgets that need a callback sit in the host's own client
// components (./composer.tsx, ./note.tsx).
import { AttuneProvider, BodyCheckIn, BreathingGuide, CuriosityDeck, GuidedPractice, LoopMap, NeedsSpectrum, RitualPlanner } from "@attune/react";
// Server-safe: the question text is imported in the server component and passed as a prop.
import { questions } from "@attune/curiosity-deck/questions/en";
import { Composer } from "./composer";
import { ReflectionSection } from "./reflection";
import { Note } from "./note";
import { Hydrated } from "./hydrated";

export default function Page() {
  return (
    <>
      <header className="host-header">
        <h1>Attune on Next.js (App Router, server component page)</h1>
      </header>
      <AttuneProvider theme="light" locale="en">
        <main className="host-main">
          <section aria-labelledby="host-needs-heading" data-host-widget="needs-spectrum">
            <h2 id="host-needs-heading">Where we each lean tonight</h2>
            <NeedsSpectrum defaultValue={50} reveal partner={{ value: 72, label: "Sam", shared: true }} />
          </section>
          <Composer />
          <section aria-labelledby="host-planner-heading" data-host-widget="ritual-planner">
            <h2 id="host-planner-heading">Our rituals</h2>
            <RitualPlanner timeZone="Europe/London" partnerTimeZone="America/New_York" />
          </section>
          <section aria-labelledby="host-breathing-heading" data-host-widget="breathing">
            <h2 id="host-breathing-heading">Breathe together</h2>
            <BreathingGuide
              pattern={{
                phases: [
                  { kind: "inhale", seconds: 1 },
                  { kind: "exhale", seconds: 1 },
                ],
              }}
              cycles={2}
            />
          </section>
          <section aria-labelledby="host-deck-heading" data-host-widget="curiosity-deck">
            <h2 id="host-deck-heading">Ask each other something new</h2>
            <CuriosityDeck questions={questions} seed="host-evening" headingLevel={3} />
          </section>
          <section aria-labelledby="host-practice-heading" data-host-widget="guided-practice">
            <h2 id="host-practice-heading">A moment for yourself</h2>
            <GuidedPractice
              headingLevel={3}
              practices={[
                {
                  version: 1,
                  id: "host-pause",
                  title: "A short pause",
                  steps: [
                    { text: "Let your shoulders drop.", seconds: 3 },
                    { text: "Breathe out slowly.", seconds: 3 },
                    { text: "Notice one steady thing.", seconds: 1 },
                  ],
                },
              ]}
            />
          </section>
          <ReflectionSection />
          <section aria-labelledby="host-loop-heading" data-host-widget="loop-map">
            <h2 id="host-loop-heading">Our loop, together</h2>
            <LoopMap
              partnerName="Sam"
              headingLevel={3}
              partner={{
                version: 1,
                date: Date.UTC(2026, 10, 1),
                feel: { suggestion: "crowded", text: "" },
                move: { suggestion: "leaveRoom", text: "" },
                longing: { suggestion: "breathe", text: "" },
                step: { suggestion: "sayBack", text: "" },
                shared: true,
              }}
            />
          </section>
          <section aria-labelledby="host-body-heading" data-host-widget="body-check-in">
            <h2 id="host-body-heading">Before we keep talking</h2>
            <BodyCheckIn headingLevel={3} />
          </section>
          <Note />
        </main>
      </AttuneProvider>
      <Hydrated />
    </>
  );
}
