// The calendar export: the writer, each plan's description in the reader's language and its
// strings. The hook imports it on the first download, so none of it is in the first load.
import { howLabel } from "./format";
import { icsFileName, writeCalendar } from "./ics";
import { downloadIcs } from "./download";
import { exportMessages } from "./export-messages";
import { plannerDefaults, prefixed } from "./planner-defaults";
import type { Plan } from "./types";
import type { T } from "./use-ritual-planner";

// From here on every planner's `t` has the export's strings as defaults (a host's and the
// provider's messages still come first).
Object.assign(plannerDefaults, prefixed(exportMessages));

/** Writes the plans as one calendar file and downloads it; its file name, or undefined when nothing could be saved. */
export function exportCalendar(list: Plan[], name: string, t: T, now: number, who?: { me?: string; partner?: string }): string | undefined {
  const names = { me: who?.me || t("nameMe"), partner: who?.partner || t("namePartner") };
  /** The calendar's DESCRIPTION in the reader's language, who starts said by name. */
  const describe = (p: Plan): string => {
    const lines: string[] = [];
    const how = howLabel(p.how, t);
    if (how) lines.push(t("ics.how", { how }));
    if (typeof p.where === "string" && p.where) lines.push(t("ics.where", { where: p.where }));
    lines.push(p.starter === "me" || p.starter === "partner" ? t("ics.starter", { name: names[p.starter] }) : t("ics.either"));
    if (p.kind === "ritual" && p.ending) lines.push(t("ics.ending", { ending: p.ending }));
    if (p.kind === "apart") {
      if (p.myActivity) lines.push(t("ics.meanwhile", { name: names.me, activity: p.myActivity }));
      if (p.partnerActivity) lines.push(t("ics.meanwhile", { name: names.partner, activity: p.partnerActivity }));
    }
    return lines.join("\n");
  };
  const { ics } = writeCalendar(list, { now, calendarName: t("title"), describe });
  const fileName = icsFileName(name);
  return downloadIcs(ics, fileName) ? fileName : undefined;
}
