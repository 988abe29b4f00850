import type { Message } from "../i18n";
import type { CoreMessageKey } from "../messages";

export const ar: Record<CoreMessageKey, Message> = {
  "core.close": "إغلاق",
  "core.dialogDismiss": "إغلاق النافذة",
  "core.characterCount": {
    zero: "{count} من {limit} حرف",
    one: "حرف واحد من {limit}",
    two: "حرفان من {limit}",
    few: "{count} أحرف من {limit}",
    many: "{count} حرفًا من {limit}",
    other: "{count} حرف من {limit}",
  },
  "core.loading": "جارٍ التحميل",
};
