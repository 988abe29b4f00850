import type { Message } from "../i18n";
import type { CoreMessageKey } from "../messages";

export const es: Record<CoreMessageKey, Message> = {
  "core.close": "Cerrar",
  "core.dialogDismiss": "Cerrar el diálogo",
  "core.characterCount": { one: "{count} de {limit} carácter", other: "{count} de {limit} caracteres" },
  "core.loading": "Cargando",
  "core.date": "Fecha (AAAA-MM-DD)",
  "core.time": "Hora",
  "core.chooseDate": "Elegir fecha",
  "core.pickerTitle": "Elige una fecha",
  "core.pickerHelp": "Las flechas mueven por día y semana; Re Pág y Av Pág, por mes (con Mayús, por año); Inicio y Fin, al principio y al final de la semana. Intro elige.",
  "core.prevMonth": "Mes anterior",
  "core.nextMonth": "Mes siguiente",
  "core.cancel": "Cancelar",
};
