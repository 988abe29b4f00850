import * as React from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AttuneProvider, type Message } from "@attune/core";
import { BUILT_IN_TEMPLATES } from "./compose";
import { ReassuranceComposer } from "./reassurance-composer";
import { ar } from "./locales/ar";
import { es } from "./locales/es";

afterEach(cleanup);

/** Renders a template in a locale with real slot values; the card's text for each duration. */
function sentences(locale: string, messages: Record<string, Message>, id: string, minutes: number[], returnAt: string, name: string, activity: string) {
  render(
    <AttuneProvider locale={locale} messages={messages}>
      <ReassuranceComposer onSend={() => {}} defaultTemplateId={id} timeZone="Europe/Madrid" />
    </AttuneProvider>,
  );
  const root = document.querySelector<HTMLElement>("[data-attune-scope=reassurance-composer]")!;
  const input = (slot: string) => root.querySelector<HTMLElement>(`[data-slot=${slot}] input, [data-slot=${slot}] select`);
  if (input("name")) fireEvent.change(input("name")!, { target: { value: name } });
  if (input("activity")) fireEvent.change(input("activity")!, { target: { value: activity } });
  const [date, time] = returnAt.split("T");
  fireEvent.change(root.querySelector("[data-slot=returnTime] [data-attune-part=date-input]")!, { target: { value: date } });
  fireEvent.change(root.querySelector("[data-slot=returnTime] [data-attune-part=time-input]")!, { target: { value: time } });
  const texts = minutes.map((m) => {
    if (input("duration")) fireEvent.change(input("duration")!, { target: { value: String(m) } });
    return (screen.getByRole("textbox", { name: locale === "es" ? "Tu tarjeta" : "بطاقتك" }) as HTMLTextAreaElement).value;
  });
  cleanup();
  return texts;
}

// Saturday 5 December 2026, another day from whenever the test runs.
const SAT_13 = "2026-12-05T13:00";
const SAT_01 = "2026-12-05T01:00";

describe("every template reads as a sentence with real values", () => {
  it("in Spanish: no 'unos 1 hora', an article before the time, the right article for one o'clock", () => {
    const expected: Record<string, [string, string]> = {
      spaceRecharge: [
        "Necesito 1 hora a solas para recargarme. Estamos bien. Vuelvo el sábado a las 13:00.",
        "Necesito 2 horas a solas para recargarme. Estamos bien. Vuelvo el sábado a las 13:00.",
      ],
      spaceWalk: [
        "Ana, voy a pasear para despejarme. Me alejo para cuidarme, no para alejarme de nosotros. Vuelvo el sábado a las 13:00.",
        "Ana, voy a pasear para despejarme. Me alejo para cuidarme, no para alejarme de nosotros. Vuelvo el sábado a las 13:00.",
      ],
      closenessAsk: [
        "Ana, necesito un rato cerca de ti. Estamos bien; echo de menos lo nuestro. ¿Podemos compartir 1 hora el sábado a las 13:00?",
        "Ana, necesito un rato cerca de ti. Estamos bien; echo de menos lo nuestro. ¿Podemos compartir 2 horas el sábado a las 13:00?",
      ],
      closenessMiss: [
        "Te echo de menos, Ana, y te quiero. Me gustaría pasear contigo. Estamos bien. ¿Qué tal el sábado a las 13:00?",
        "Te echo de menos, Ana, y te quiero. Me gustaría pasear contigo. Estamos bien. ¿Qué tal el sábado a las 13:00?",
      ],
      repairPause: [
        "Fue una conversación difícil. Necesito 1 hora para calmarme y luego quiero retomarla contigo. Estamos bien. Hablemos otra vez el sábado a las 13:00.",
        "Fue una conversación difícil. Necesito 2 horas para calmarme y luego quiero retomarla contigo. Estamos bien. Hablemos otra vez el sábado a las 13:00.",
      ],
      repairOwn: [
        "He estado pensando en lo de antes, Ana, y veo mi parte en cómo fue. Lo siento. Estamos bien. ¿Podemos hablarlo el sábado a las 13:00?",
        "He estado pensando en lo de antes, Ana, y veo mi parte en cómo fue. Lo siento. Estamos bien. ¿Podemos hablarlo el sábado a las 13:00?",
      ],
      checkinThinking: [
        "Solo quería saber de ti, Ana. Pienso en ti y me encantaría saber cómo va tu día. Estamos bien. ¿Hablamos el sábado a las 13:00?",
        "Solo quería saber de ti, Ana. Pienso en ti y me encantaría saber cómo va tu día. Estamos bien. ¿Hablamos el sábado a las 13:00?",
      ],
      checkinQuiet: [
        "Dije que volvería en 1 hora, y necesito más tiempo para calmarme. Estamos bien. ¿Podemos dejarlo para el sábado a las 13:00?",
        "Dije que volvería en 2 horas, y necesito más tiempo para calmarme. Estamos bien. ¿Podemos dejarlo para el sábado a las 13:00?",
      ],
    };
    for (const [id] of BUILT_IN_TEMPLATES) {
      expect(sentences("es", es, id, [60, 120], SAT_13, "Ana", "pasear"), id).toEqual(expected[id]);
    }
    expect(sentences("es", es, "spaceRecharge", [60], SAT_01, "Ana", "pasear")).toEqual([
      "Necesito 1 hora a solas para recargarme. Estamos bien. Vuelvo el sábado a la 1:00.",
    ]);
  }, 60_000);

  it("in Arabic: durations in the nominative after مدته, في before an activity, gender-neutral", () => {
    const expected: Record<string, [string, string]> = {};
    for (const [id] of BUILT_IN_TEMPLATES) {
      expected[id] = sentences("ar", ar, id, [60, 120], SAT_13, "سلمى", "نزهة") as [string, string];
    }
    expect(expected).toMatchInlineSnapshot(`
      {
        "checkinQuiet": [
          "قلت إنني سأعود بعد وقت مدته ساعة واحدة، وأحتاج إلى وقت أطول لأهدأ. نحن بخير. هل يمكن أن نجعلها يوم السبت الساعة 1:00 م؟",
          "قلت إنني سأعود بعد وقت مدته ساعتان، وأحتاج إلى وقت أطول لأهدأ. نحن بخير. هل يمكن أن نجعلها يوم السبت الساعة 1:00 م؟",
        ],
        "checkinThinking": [
          "أردت فقط أن أطمئن عليك يا سلمى. أفكر فيك، وأودّ أن أعرف كيف يمضي يومك. نحن بخير. هل نتحدث يوم السبت الساعة 1:00 م؟",
          "أردت فقط أن أطمئن عليك يا سلمى. أفكر فيك، وأودّ أن أعرف كيف يمضي يومك. نحن بخير. هل نتحدث يوم السبت الساعة 1:00 م؟",
        ],
        "closenessAsk": [
          "سلمى، أحتاج إلى وقت قريب منك. نحن بخير؛ اشتقت إلينا. هل يمكن أن نقضي معًا وقتًا مدته ساعة واحدة يوم السبت الساعة 1:00 م؟",
          "سلمى، أحتاج إلى وقت قريب منك. نحن بخير؛ اشتقت إلينا. هل يمكن أن نقضي معًا وقتًا مدته ساعتان يوم السبت الساعة 1:00 م؟",
        ],
        "closenessMiss": [
          "اشتقت إليك يا سلمى، وأنا أحبك. أودّ أن نقضي وقتًا معًا في نزهة. نحن بخير. ما رأيك يوم السبت الساعة 1:00 م؟",
          "اشتقت إليك يا سلمى، وأنا أحبك. أودّ أن نقضي وقتًا معًا في نزهة. نحن بخير. ما رأيك يوم السبت الساعة 1:00 م؟",
        ],
        "repairOwn": [
          "كنت أفكر فيما حدث سابقًا يا سلمى، وأرى دوري فيما جرى. أعتذر. نحن بخير. هل يمكن أن نتحدث عنه يوم السبت الساعة 1:00 م؟",
          "كنت أفكر فيما حدث سابقًا يا سلمى، وأرى دوري فيما جرى. أعتذر. نحن بخير. هل يمكن أن نتحدث عنه يوم السبت الساعة 1:00 م؟",
        ],
        "repairPause": [
          "كان حديثًا صعبًا. أحتاج إلى وقت لأهدأ، مدته ساعة واحدة، ثم أريد أن نعود إليه معًا. نحن بخير. لنتحدث مجددًا يوم السبت الساعة 1:00 م.",
          "كان حديثًا صعبًا. أحتاج إلى وقت لأهدأ، مدته ساعتان، ثم أريد أن نعود إليه معًا. نحن بخير. لنتحدث مجددًا يوم السبت الساعة 1:00 م.",
        ],
        "spaceRecharge": [
          "أحتاج إلى وقت وحدي لأستعيد طاقتي، مدته ساعة واحدة. نحن بخير. سأعود يوم السبت الساعة 1:00 م.",
          "أحتاج إلى وقت وحدي لأستعيد طاقتي، مدته ساعتان. نحن بخير. سأعود يوم السبت الساعة 1:00 م.",
        ],
        "spaceWalk": [
          "سلمى، سأذهب في نزهة لأصفّي ذهني. أبتعد لأعتني بنفسي، لا لأبتعد عنّا. سأعود يوم السبت الساعة 1:00 م.",
          "سلمى، سأذهب في نزهة لأصفّي ذهني. أبتعد لأعتني بنفسي، لا لأبتعد عنّا. سأعود يوم السبت الساعة 1:00 م.",
        ],
      }
    `);
  }, 60_000);
});
