import type { Message } from "../i18n";
import type { CoreMessageKey } from "../messages";

export const es: Record<CoreMessageKey, Message> = {
  "core.close": "Cerrar",
  "core.dialogDismiss": "Cerrar el diálogo",
  "core.characterCount": { one: "{count} de {limit} carácter", other: "{count} de {limit} caracteres" },
  "core.loading": "Cargando",
};
