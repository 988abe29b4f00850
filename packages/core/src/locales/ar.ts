import type { Message } from "../i18n";
import type { CoreMessageKey } from "../messages";

export const ar: Record<CoreMessageKey, Message> = {
  "core.date": "التاريخ (YYYY-MM-DD)",
  "core.time": "الوقت",
  "core.chooseDate": "اختيار التاريخ",
  "core.pickerTitle": "اختيار تاريخ",
  "core.pickerHelp": "تنقلك الأسهم يومًا وأسبوعًا، وPage Up وPage Down شهرًا (ومع Shift سنة)، وHome وEnd إلى بداية الأسبوع ونهايته. Enter يختار.",
  "core.prevMonth": "الشهر السابق",
  "core.nextMonth": "الشهر التالي",
  "core.cancel": "إلغاء",
};
