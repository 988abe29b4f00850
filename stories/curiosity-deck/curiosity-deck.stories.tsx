import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { CuriosityDeck, Deck, useCuriosityDeck, type CuriosityDeckSentQuestion, type CuriosityDeckValue } from "@attune/curiosity-deck";
import { createDeckState, drawNext, parseQuestions } from "@attune/curiosity-deck/logic";
import { questions as en } from "@attune/curiosity-deck/questions/en";
import { questions as es } from "@attune/curiosity-deck/questions/es";
import { questions as ar } from "@attune/curiosity-deck/questions/ar";
import { AttuneProvider, useAttune } from "@attune/core";
import { es as esMessages } from "@attune/react/locales/es";

const meta = {
  title: "Curiosity/CuriosityDeck",
  component: CuriosityDeck,
  // The .mdx page next to this file is the documentation.
  tags: ["!autodocs"],
  args: { questions: en, seed: "storybook", onValueChange: fn() },
  argTypes: {
    questions: { control: false },
    value: { control: false },
    defaultValue: { control: false },
    depths: { control: "check", options: ["light", "deeper", "deepest"] },
  },
} satisfies Meta<typeof CuriosityDeck>;
export default meta;

type Story = StoryObj<typeof meta>;
const question = (root: HTMLElement) => root.querySelector('[data-attune-part="question"]')?.textContent ?? "";

/* The main task ------------------------------------------------------------------------------*/

/** Before the first draw. The play function draws, skips and goes back with the keyboard only. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const draw = canvas.getByRole("button", { name: "Draw a question" });
    draw.focus();
    await userEvent.keyboard("{Enter}");
    const first = question(canvasElement);
    await expect(first).not.toBe("");
    await expect(canvas.getByRole("status")).toHaveTextContent(first);
    await userEvent.keyboard(" ");
    await expect(question(canvasElement)).not.toBe(first);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}{Enter}");
    await expect(question(canvasElement)).toBe(first);
    await expect(args.onValueChange).toHaveBeenCalledTimes(3);
  },
};

/** A card on show, saved for later. */
export const CardShown: Story = {
  name: "A card, saved for later",
  args: { defaultValue: { ...drawNext(createDeckState("storybook"), en), marks: { [drawNext(createDeckState("storybook"), en).history[0]!]: "later" } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Save for later" })).toHaveAttribute("aria-pressed", "true");
    canvas.getByRole("button", { name: "Asked" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Asked" })).toHaveAttribute("aria-pressed", "true");
    await expect(canvas.getByRole("button", { name: "Save for later" })).toHaveAttribute("aria-pressed", "false");
  },
};

/** Two themes chosen; only their questions come up. */
export const ThemesChosen: Story = {
  name: "Memories and play",
  args: { defaultValue: createDeckState("storybook", ["memories", "play"]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("checkbox", { name: "Memories" })).toBeChecked();
    await expect(canvas.getByText("0 of 24 questions seen")).toBeVisible();
    canvas.getByRole("checkbox", { name: "Play" }).focus();
    await userEvent.keyboard(" ");
    await expect(canvas.getByText("0 of 12 questions seen")).toBeVisible();
  },
};

/** A host that wants only light and deeper questions (a dating site, say). */
export const LightAndDeeper: Story = {
  name: "Light and deeper only",
  args: { depths: ["light", "deeper"] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("0 of 63 questions seen")).toBeVisible();
  },
};

/** The last card of a round: the next draw starts a new order and says so. */
export const RoundOver: Story = {
  name: "Every card seen",
  args: {
    defaultValue: (() => {
      let s = createDeckState("storybook", ["values"]);
      for (let i = 0; i < 12; i++) s = drawNext(s, en);
      return s;
    })(),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("12 of 12 questions seen")).toBeVisible();
    canvas.getByRole("button", { name: "Another question" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("status")).toHaveTextContent(/You have seen every question/);
    await expect(canvas.getByText("1 of 12 questions seen")).toBeVisible();
  },
};

/** No question fits: the deck says so and the draw button does nothing. */
export const NothingFits: Story = {
  args: { questions: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/No questions fit these themes/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Draw a question" })).toHaveAttribute("aria-disabled", "true");
  },
};

/** With `onSend`: a short note goes with the question to the partner. */
export const Send: Story = {
  name: "Send to my partner",
  args: { onSend: fn(), defaultValue: drawNext(createDeckState("storybook"), en) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByLabelText("A note for your partner (optional)").focus();
    await userEvent.keyboard("I'd love to hear about this tonight{Enter}");
    await waitFor(() => expect(args.onSend).toHaveBeenCalledWith(expect.objectContaining({ version: 1, note: "I'd love to hear about this tonight" })));
    await expect(canvas.getByRole("status")).toHaveTextContent("Sent to your partner.");
  },
};

/** When the host's send fails, the note stays and the person can try again. */
export const SendFails: Story = {
  name: "Send fails",
  args: { onSend: () => Promise.reject(new Error("offline")), onError: fn(), defaultValue: drawNext(createDeckState("storybook"), en) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByLabelText("A note for your partner (optional)").focus();
    await userEvent.keyboard("Tonight?{Enter}");
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: "share" })));
    await expect(canvas.getByLabelText("A note for your partner (optional)")).toHaveValue("Tonight?");
  },
};

/** Answers kept on this device (the host opted in with `persistKey`). */
export const KeptAnswers: Story = {
  name: "Private answers, kept",
  args: { persistKey: "storybook-deck", defaultValue: drawNext(createDeckState("storybook"), en) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Kept on this device only.")).toBeVisible();
  },
};

const hostJson = [
  { id: "garden-1", theme: "dreams", depth: "light", text: "What would you grow if we had a garden?" },
  { id: "garden-2", theme: "memories", depth: "deeper", text: "Which plant or tree reminds you of someone you love?" },
  { id: "broken", theme: "gardening", depth: "light", text: "Not a theme the deck knows" },
];

/** A host's own questions (validated JSON), replacing the built-in set. The bad entry is left out and reported. */
export const HostQuestions: Story = {
  name: "The host's own questions",
  args: { questions: parseQuestions(hostJson).questions, onError: fn() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("0 of 2 questions seen")).toBeVisible();
  },
};

/* Languages, direction, motion ----------------------------------------------------------------*/

export const Spanish: Story = {
  args: { questions: es, defaultValue: drawNext(createDeckState("storybook"), es) },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Otra pregunta" })).toBeVisible();
    await expect(question(canvasElement)).toMatch(/^¿|^Si /);
  },
};

export const ArabicRightToLeft: Story = {
  name: "Arabic, right to left",
  args: { questions: ar, onSend: fn(), defaultValue: drawNext(createDeckState("storybook"), ar) },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector(".attune-curiosity-deck")?.closest("[dir]")).toHaveAttribute("dir", "rtl");
    canvas.getByRole("button", { name: "سؤال آخر" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(question(canvasElement)).toMatch(/[\u0600-\u06ff]/);
  },
};

/** Under reduced motion the card cross-fades in place; the text and the count carry the change. */
export const ReducedMotion: Story = {
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Draw a question" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("1 of 84 questions seen")).toBeVisible();
  },
};

/* Build your own ------------------------------------------------------------------------------*/

/** From the hook and parts: the card first, the buttons beside it, themes tucked below. */
export const BuildYourOwn: Story = {
  name: "Build your own",
  render: function Render() {
    const deck = useCuriosityDeck({ questions: en, seed: "own", depths: ["light"] });
    return (
      <Deck.Root deck={deck} style={{ maxInlineSize: 720 }}>
        <div style={{ display: "grid", gridTemplateColumns: "1fr auto", gap: 16, alignItems: "center" }}>
          <Deck.Card style={{ minBlockSize: 160 }} />
          <div style={{ display: "grid", gap: 8 }}>
            <button type="button" className="attune-button" data-variant="primary" onClick={deck.draw}>
              {deck.current ? deck.t("next") : deck.t("draw")}
            </button>
            <button type="button" className="attune-button" aria-disabled={!deck.canGoBack} onClick={() => deck.canGoBack && deck.back()}>
              {deck.t("back")}
            </button>
          </div>
        </div>
        <Deck.Progress />
        <Deck.Marks />
        <details>
          <summary style={{ minHeight: 44, display: "flex", alignItems: "center", cursor: "pointer" }}>{deck.t("themes")}</summary>
          <Deck.Themes />
        </details>
      </Deck.Root>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Draw a question" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvasElement.querySelector('[data-attune-part="card"]')).toHaveAttribute("data-depth", "light");
  },
};

/* Two partners --------------------------------------------------------------------------------*/

/** A tiny in-page channel standing in for the host's backend between two phones. */
function useChannel<T>() {
  const listeners = React.useRef(new Set<(v: T) => void>());
  return React.useMemo(
    () => ({
      post: (v: T) => listeners.current.forEach((l) => l(JSON.parse(JSON.stringify(v)) as T)),
      listen: (l: (v: T) => void) => {
        listeners.current.add(l);
        return () => void listeners.current.delete(l);
      },
    }),
    [],
  );
}

/** Sam's phone speaks Spanish: the questions and the widget's own words, in Sam's own provider. */
function InLocale({ locale, children }: { locale: "en" | "es"; children: React.ReactNode }) {
  const outer = useAttune();
  if (locale === "en") return <>{children}</>;
  return (
    <AttuneProvider locale="es" messages={esMessages} theme={outer.theme} reducedMotion={outer.reducedMotion}>
      {children}
    </AttuneProvider>
  );
}

function Phone({ name, locale, questions, channel, inbox }: { name: string; locale: "en" | "es"; questions: typeof en; channel: ReturnType<typeof useChannel<CuriosityDeckValue>>; inbox: ReturnType<typeof useChannel<CuriosityDeckSentQuestion>> }) {
  const [value, setValue] = React.useState(() => createDeckState("our-evening"));
  const [received, setReceived] = React.useState<CuriosityDeckSentQuestion | null>(null);
  React.useEffect(() => channel.listen(setValue), [channel]);
  React.useEffect(() => inbox.listen((q) => q && setReceived(q)), [inbox]);
  const byId = React.useMemo(() => new Map(questions.map((q) => [q.id, q.text])), [questions]);
  return (
    <section aria-label={name} data-phone={name} style={{ flex: "1 1 300px" }}>
      <InLocale locale={locale}>
        <CuriosityDeck
          questions={questions}
          value={value}
          onValueChange={(v) => {
            setValue(v);
            channel.post(v);
          }}
          onSend={(q) => inbox.post(q)}
          headingLevel={3}
          showThemes={false}
          answerField={false}
        />
        {received && (
          <p data-received="">
            {/* The receiver shows the question in their own language, by id. */}
            {byId.get(received.questionId) ?? received.text} {received.note && `(${received.note})`}
          </p>
        )}
      </InLocale>
    </section>
  );
}

/** Two phones with one seed: a draw on either shows the same card on both, each in its own language. */
export const TwoPartners: Story = {
  name: "Two partners",
  render: function Render() {
    const channel = useChannel<CuriosityDeckValue>();
    const inbox = useChannel<CuriosityDeckSentQuestion>();
    return (
      <div style={{ display: "flex", flexWrap: "wrap", gap: 24 }}>
        <Phone name="Alex" locale="en" questions={en} channel={channel} inbox={inbox} />
        <Phone name="Sam" locale="es" questions={es} channel={channel} inbox={inbox} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const alex = canvasElement.querySelector<HTMLElement>('[data-phone="Alex"]')!;
    const sam = canvasElement.querySelector<HTMLElement>('[data-phone="Sam"]')!;
    within(alex).getByRole("button", { name: "Draw a question" }).focus();
    await userEvent.keyboard("{Enter}");
    const idOf = (set: typeof en, text: string) => set.find((q) => q.text === text)?.id;
    await waitFor(() => expect(idOf(es, question(sam))).toBe(idOf(en, question(alex))));
    // Sam's phone speaks Spanish: its own words as well as its questions.
    expect(sam.querySelector("[lang]")).toHaveAttribute("lang", "es");
    within(sam).getByRole("button", { name: "Otra pregunta" }).focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(idOf(es, question(sam))).toBe(idOf(en, question(alex))));
    within(alex).getByLabelText("A note for your partner (optional)").focus();
    await userEvent.keyboard("Tonight?{Enter}");
    await waitFor(() => expect(sam.querySelector("[data-received]")).toHaveTextContent(/Tonight\?/));
  },
};
