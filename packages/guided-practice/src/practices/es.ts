// Attune's own practices in Spanish: plain data, safe to import on a server.
import type { Practice } from "../logic";

/** Unos 5 minutos: la parte que necesita libertad y la que necesita cercanía, sostenidas con la misma calidez. */
export const holdingBoth: Practice = {
  version: 1,
  id: "holding-both",
  title: "Sostener las dos",
  description: "Una breve visualización: la parte de ti que quiere espacio y la que quiere cercanía, las dos bienvenidas a la vez.",
  lang: "es",
  steps: [
    { text: "Busca una forma de sentarte que te dé estabilidad. Cierra los ojos o deja la mirada en un punto, con suavidad.", seconds: 20 },
    { text: "Respira despacio con el círculo. Aquí no hay nada que hacer bien o mal.", seconds: 40, breathing: "resonance" },
    {
      text: "Imagina la parte de ti que anhela libertad: espacio para moverte, tiempo propio, tu propio ritmo. Hay quien la ve como una niña o un niño. Deja que sea tal como es.",
      seconds: 45,
    },
    {
      text: "Ahora imagina la parte de ti que anhela cercanía: estar cerca, sentir que todo va bien, compartir el día. Deja que también sea tal como es.",
      seconds: 45,
    },
    { text: "Imagina que sostienes a las dos, una en cada rodilla. Ninguna tiene que callar para que la otra se escuche.", seconds: 50 },
    { text: "Ofrece a cada una la misma calidez. Quizá puedas decirte por dentro: las dos tienen su lugar aquí. Ninguna tiene que ganar.", seconds: 50 },
    { text: "Nota cómo es sostener a las dos a la vez. Hay espacio para cada una, y para ti.", seconds: 30 },
    { text: "Cuando te parezca bien, deja que la imagen se suavice, respira un poco más hondo y vuelve al lugar donde estás.", seconds: 20 },
  ],
};

/** Unos 3 minutos para anclarse mientras la otra persona se toma su espacio. */
export const whileIWait: Practice = {
  version: 1,
  id: "while-i-wait",
  title: "Mientras espero",
  description: "Para quien espera mientras su pareja se toma un poco de espacio. Este tiempo también puede ser tuyo.",
  lang: "es",
  steps: [
    { text: "Tu pareja se está tomando un poco de espacio, y acordaron volver a encontrarse. Este tiempo también puede ser tuyo.", seconds: 20 },
    { text: "Si te sienta bien, apoya una mano en el pecho. Inhala despacio y deja que la exhalación sea todavía más lenta.", seconds: 40, breathing: "resonance" },
    { text: "Mira a tu alrededor y encuentra cinco cosas que puedas ver. Luego escucha tres sonidos. Deja que tu atención se quede aquí.", seconds: 30 },
    { text: "Siente dónde tu cuerpo toca la silla o el suelo. Deja que te sostenga un rato.", seconds: 30 },
    { text: "Si llegan preocupaciones, puedes notarlas sin seguirlas. Tomarse espacio no es alejarse de ti.", seconds: 30 },
    { text: "¿Qué cosa pequeña podrías hacer por ti hasta que vuelvan a verse? Puedes empezarla ahora.", seconds: 30 },
  ],
};

/** Unos 3 minutos antes de una conversación: notar el cuerpo, nombrar una necesidad propia y una que imagino de mi pareja. */
export const beforeWeTalkAgain: Practice = {
  version: 1,
  id: "before-we-talk-again",
  title: "Antes de volver a hablar",
  description: "Unos minutos para calmarte, notar tu cuerpo y encontrar una necesidad tuya y una que imaginas de tu pareja.",
  lang: "es",
  steps: [
    { text: "Antes de volver a hablar, regálate un momento breve solo para ti.", seconds: 20 },
    { text: "Inhala por la nariz, toma un poco más de aire y suéltalo en una exhalación larga.", seconds: 36, breathing: "cyclic-sigh" },
    { text: "Nota tu cuerpo: la mandíbula, los hombros, el pecho, el estómago. ¿Dónde hay tensión? ¿Dónde hay calma? Solo obsérvalo.", seconds: 35 },
    { text: "Nombra una necesidad tuya ahora mismo, en pocas palabras. Puede ser espacio, puede ser cercanía, puede ser otra cosa.", seconds: 35 },
    { text: "Ahora pregúntate qué necesidad podría tener tu pareja en este momento. No hace falta tener certeza; basta una idea sostenida con ligereza.", seconds: 35 },
    { text: "Cuando te parezca bien, podrías empezar por ahí: una necesidad tuya y una que imaginas de la otra persona." },
  ],
};

/** Las tres, en el orden en que suelen ofrecerse. */
export const practices: readonly Practice[] = [holdingBoth, whileIWait, beforeWeTalkAgain];
