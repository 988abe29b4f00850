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
  "core.date": "التاريخ (YYYY-MM-DD)",
  "core.time": "الوقت",
  "core.chooseDate": "اختر التاريخ",
  "core.pickerTitle": "اختر تاريخًا",
  "core.pickerHelp": "تنقلك الأسهم يومًا وأسبوعًا، وPage Up وPage Down شهرًا (ومع Shift سنة)، وHome وEnd إلى بداية الأسبوع ونهايته. Enter يختار.",
  "core.prevMonth": "الشهر السابق",
  "core.nextMonth": "الشهر التالي",
  "core.cancel": "إلغاء",
};
