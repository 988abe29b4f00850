// Each widget as a host would place it: a labelled section and the widget with the props a
// real page would pass. The drivers in scripts/hosts/lib/drive.mjs do each one's main task.
import * as React from "react";
import {
  Button,
  Card,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  NeedsSpectrum,
  ReassuranceComposer,
  RitualPlanner,
  BreathingGuide,
  CuriosityDeck,
  useAttune,
  type CuriosityDeckSentQuestion,
  GuidedPractice,
  Reflection,
  type ReflectionShare,
  BodyCheckIn,
  type BodyCheckInShare,
  type BreathingComplete,
  type BreathingPattern,
  LoopMap,
  type LoopHalf,
  type Plan,
  type ReassuranceCardData,
} from "@attune/react";
// Question text is a separate, server-safe import per language (the widget ships none).
import { questions as questionsEn } from "@attune/curiosity-deck/questions/en";
import { questions as questionsEs } from "@attune/curiosity-deck/questions/es";
import { questions as questionsAr } from "@attune/curiosity-deck/questions/ar";

export type HostLocale = "en" | "es" | "ar";

/** The host's own words around the widgets (the widgets bring their own). */
export const chrome = {
  en: {
    core: "A note for later",
    coreOpen: "Write a note",
    coreTitle: "A note for later",
    coreDescription: "Only you will see this.",
    coreLabel: "Your note",
    coreSave: "Save note",
    coreSaved: "Saved note:",
    needs: "Where we each lean tonight",
    needsShared: "You shared:",
    composer: "Send a reassurance card",
    composerSent: "Sent to Sam:",
    planner: "Our rituals",
    plannerCount: "Plans saved:",
    breathing: "Breathe together",
    breathingDone: "Breaths finished:",
    deck: "Ask each other something new",
    deckSent: "Sent to Sam:",
    practice: "A moment for yourself",
    practiceDone: "Practice finished:",
    reflection: "Reflect on your own",
    reflectionShared: "Answers shared:",
    loop: "Our loop, together",
    loopShared: "You shared your half:",
    body: "Before we keep talking",
    bodyShared: "You said:",
  },
  es: {
    core: "Una nota para después",
    coreOpen: "Escribir una nota",
    coreTitle: "Una nota para después",
    coreDescription: "Solo tú la verás.",
    coreLabel: "Tu nota",
    coreSave: "Guardar nota",
    coreSaved: "Nota guardada:",
    needs: "Hacia dónde se inclina cada uno esta noche",
    needsShared: "Compartiste:",
    composer: "Enviar una tarjeta de tranquilidad",
    composerSent: "Enviada a Sam:",
    planner: "Nuestros rituales",
    plannerCount: "Planes guardados:",
    breathing: "Respirar juntos",
    breathingDone: "Respiraciones completadas:",
    deck: "Preguntarse algo nuevo",
    deckSent: "Enviada a Sam:",
    practice: "Un momento para ti",
    practiceDone: "Práctica terminada:",
    reflection: "Reflexionar a solas",
    reflectionShared: "Respuestas compartidas:",
    loop: "Nuestro ciclo, juntos",
    loopShared: "Compartiste tu mitad:",
    body: "Antes de seguir hablando",
    bodyShared: "Dijiste:",
  },
  ar: {
    core: "ملاحظة لوقت لاحق",
    coreOpen: "اكتب ملاحظة",
    coreTitle: "ملاحظة لوقت لاحق",
    coreDescription: "لن يراها أحد غيرك.",
    coreLabel: "ملاحظتك",
    coreSave: "احفظ الملاحظة",
    coreSaved: "الملاحظة المحفوظة:",
    needs: "إلى أين يميل كلٌّ منا الليلة",
    needsShared: "شاركتَ:",
    composer: "أرسل بطاقة طمأنة",
    composerSent: "أُرسلت إلى سام:",
    planner: "طقوسنا",
    plannerCount: "الخطط المحفوظة:",
    breathing: "تنفّسا معًا",
    breathingDone: "الأنفاس المكتملة:",
    deck: "سؤال جديد بينكما",
    deckSent: "أُرسل إلى سام:",
    practice: "لحظة لنفسك",
    practiceDone: "انتهى التمرين:",
    reflection: "تأمّل شخصي",
    reflectionShared: "الإجابات المُشارَكة:",
    loop: "دائرتنا معًا",
    loopShared: "النصيب المُشارَك:",
    body: "قبل أن نكمل الحديث",
    bodyShared: "قلتَ:",
  },
} satisfies Record<HostLocale, Record<string, string>>;

export type Chrome = (typeof chrome)["en"];

/** @attune/core's building blocks on their own: Card, Button and the Dialog parts. */
export function CoreNote({ t }: { t: Chrome }) {
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState("");
  const [saved, setSaved] = React.useState("");
  return (
    <Card as="section" aria-labelledby="host-core-heading" data-host-widget="core">
      <h2 id="host-core-heading">{t.core}</h2>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="primary">{t.coreOpen}</Button>
        </DialogTrigger>
        <DialogContent size="sm">
          <DialogTitle>{t.coreTitle}</DialogTitle>
          <DialogDescription>{t.coreDescription}</DialogDescription>
          <label className="host-field">
            {t.coreLabel}
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} />
          </label>
          <div className="host-actions">
            <DialogClose asChild>
              <Button variant="primary" onClick={() => setSaved(draft)}>
                {t.coreSave}
              </Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
      {saved ? (
        <p className="host-status" data-host-result="core">
          {t.coreSaved} {saved}
        </p>
      ) : null}
    </Card>
  );
}

/** @attune/needs-spectrum: lean with the arrow keys, then share to reveal the partner's lean. */
export function NeedsSection({ t }: { t: Chrome }) {
  const [shared, setShared] = React.useState<number | null>(null);
  return (
    <section aria-labelledby="host-needs-heading" data-host-widget="needs-spectrum" data-host-listens="">
      <h2 id="host-needs-heading">{t.needs}</h2>
      <NeedsSpectrum defaultValue={50} reveal partner={{ value: 72, label: "Sam", shared: true }} onShare={setShared} />
      {shared !== null ? (
        <p className="host-status" data-host-result="needs-spectrum">
          {t.needsShared} {shared}
        </p>
      ) : null}
    </section>
  );
}

/** @attune/reassurance-composer: pick a template, write, review in a dialog, send. */
export function ComposerSection({ t }: { t: Chrome }) {
  const [sent, setSent] = React.useState<ReassuranceCardData | null>(null);
  return (
    <section aria-labelledby="host-composer-heading" data-host-widget="reassurance-composer">
      <h2 id="host-composer-heading">{t.composer}</h2>
      <ReassuranceComposer onSend={setSent} timeZone="Europe/London" />
      {sent ? (
        <p className="host-status" data-host-result="reassurance-composer">
          {t.composerSent} {sent.text}
        </p>
      ) : null}
    </section>
  );
}

/** @attune/ritual-planner: plan a ritual in the dialog, see it in the agenda, download the .ics. */
export function PlannerSection({ t }: { t: Chrome }) {
  const [plans, setPlans] = React.useState<Plan[]>([]);
  return (
    <section aria-labelledby="host-planner-heading" data-host-widget="ritual-planner">
      <h2 id="host-planner-heading">{t.planner}</h2>
      <RitualPlanner value={plans} onValueChange={setPlans} timeZone="Europe/London" partnerTimeZone="America/New_York" />
      <p className="host-status" data-host-result="ritual-planner">
        {t.plannerCount} {plans.length}
      </p>
    </section>
  );
}

/** A short pattern so a test can breathe a whole session: 1 s in, 1 s out, two breaths. */
export const shortPattern: BreathingPattern = {
  phases: [
    { kind: "inhale", seconds: 1 },
    { kind: "exhale", seconds: 1 },
  ],
};

/** @attune/breathing: start, pause, resume and finish a session. */
export function BreathingSection({ t }: { t: Chrome }) {
  const [done, setDone] = React.useState<BreathingComplete | null>(null);
  return (
    <section aria-labelledby="host-breathing-heading" data-host-widget="breathing" data-host-listens="">
      <h2 id="host-breathing-heading">{t.breathing}</h2>
      <BreathingGuide pattern={shortPattern} cycles={2} onComplete={setDone} />
      {done ? (
        <p className="host-status" data-host-result="breathing">
          {t.breathingDone} {done.cycles}
        </p>
      ) : null}
    </section>
  );
}

const deckQuestions = { en: questionsEn, es: questionsEs, ar: questionsAr };

/** @attune/curiosity-deck: draw a card, draw another, go back, mark it, send it with a note. */
export function DeckSection({ t }: { t: Chrome }) {
  const { locale } = useAttune();
  const [sent, setSent] = React.useState<CuriosityDeckSentQuestion | null>(null);
  const questions = deckQuestions[(locale.slice(0, 2) as HostLocale) in deckQuestions ? (locale.slice(0, 2) as HostLocale) : "en"];
  return (
    <section aria-labelledby="host-deck-heading" data-host-widget="curiosity-deck" data-host-listens="">
      <h2 id="host-deck-heading">{t.deck}</h2>
      <CuriosityDeck questions={questions} seed="host-evening" headingLevel={3} onSend={setSent} />
      {sent ? (
        <p className="host-status" data-host-result="curiosity-deck">
          {t.deckSent} {sent.note}
        </p>
      ) : null}
    </section>
  );
}

/** A host's own short practice (seven seconds in three steps), as JSON the player validates. */
export const hostPractice = {
  version: 1,
  id: "host-pause",
  title: "A short pause",
  steps: [
    { text: "Let your shoulders drop.", seconds: 3 },
    { text: "Breathe out slowly.", seconds: 3 },
    { text: "Notice one steady thing.", seconds: 1 },
  ],
};

/** @attune/guided-practice: begin, move on, pause, resume and finish a practice. */
export function GuidedPracticeSection({ t }: { t: Chrome }) {
  const [done, setDone] = React.useState<string | null>(null);
  return (
    <section aria-labelledby="host-practice-heading" data-host-widget="guided-practice" data-host-listens="">
      <h2 id="host-practice-heading">{t.practice}</h2>
      <GuidedPractice practices={[hostPractice]} headingLevel={3} onComplete={({ practiceId }) => setDone(practiceId)} />
      {done ? (
        <p className="host-status" data-host-result="guided-practice">
          {t.practiceDone} {done}
        </p>
      ) : null}
    </section>
  );
}

/** @attune/reflection: start "Right now", answer, switch sharing on, review, share. */
export function ReflectionSection({ t }: { t: Chrome }) {
  const [shared, setShared] = React.useState<ReflectionShare | null>(null);
  return (
    <section aria-labelledby="host-reflection-heading" data-host-widget="reflection" data-host-listens="">
      <h2 id="host-reflection-heading">{t.reflection}</h2>
      <Reflection headingLevel={3} builtInSets={["now"]} onShare={setShared} />
      {shared ? (
        <p className="host-status" data-host-result="reflection">
          {t.reflectionShared} {shared.answers.length}
        </p>
      ) : null}
    </section>
  );
}

/** The partner's half as the host's backend delivered it: shared already. */
export const samsHalf: LoopHalf = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  feel: { suggestion: "crowded", text: "" },
  move: { suggestion: "leaveRoom", text: "" },
  longing: { suggestion: "breathe", text: "" },
  step: { suggestion: "sayBack", text: "" },
  shared: true,
};

/** @attune/loop-map: fill in my half from the chips, share it, and see the loop we share. */
export function LoopSection({ t }: { t: Chrome }) {
  const [shared, setShared] = React.useState<LoopHalf | null>(null);
  return (
    <section aria-labelledby="host-loop-heading" data-host-widget="loop-map" data-host-listens="">
      <h2 id="host-loop-heading">{t.loop}</h2>
      <LoopMap partner={samsHalf} partnerName="Sam" headingLevel={3} onShare={setShared} />
      {shared ? (
        <p className="host-status" data-host-result="loop-map">
          {t.loopShared} {shared.feel.suggestion} {shared.move.suggestion}
        </p>
      ) : null}
    </section>
  );
}

/** @attune/body-check-in: mark a place, rate it, share the sentence. */
export function BodyCheckInSection({ t }: { t: Chrome }) {
  const [shared, setShared] = React.useState<BodyCheckInShare | null>(null);
  return (
    <section aria-labelledby="host-body-heading" data-host-widget="body-check-in" data-host-listens="">
      <h2 id="host-body-heading">{t.body}</h2>
      <BodyCheckIn headingLevel={3} onShare={setShared} />
      {shared ? (
        <p className="host-status" data-host-result="body-check-in">
          {t.bodyShared} {shared.text}
        </p>
      ) : null}
    </section>
  );
}

export function WidgetSections({ t }: { t: Chrome }) {
  return (
    <>
      <NeedsSection t={t} />
      <ComposerSection t={t} />
      <PlannerSection t={t} />
      <BreathingSection t={t} />
      <DeckSection t={t} />
      <GuidedPracticeSection t={t} />
      <ReflectionSection t={t} />
      <LoopSection t={t} />
      <BodyCheckInSection t={t} />
      <CoreNote t={t} />
    </>
  );
}
