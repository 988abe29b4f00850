import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import edge from "./__fixtures__/time-edge-cases.json";
import hostile from "./__fixtures__/hostile-text.json";
import { escapeText, findTransitions, foldLine, icsFileName, writeIcs } from "./ics";
import { expandRitual } from "./recurrence";
import type { RitualPlan, TimeApartPlan } from "./types";

const NOW = Date.UTC(2026, 1, 1, 12, 0, 0);

function ritual(over: Partial<RitualPlan> = {}): RitualPlan {
  return {
    kind: "ritual",
    id: "weekly-walk",
    title: "Evening walk",
    how: "walk",
    timeZone: "America/New_York",
    startDate: "2026-02-02",
    time: "19:00",
    durationMinutes: 45,
    recurrence: { freq: "weekly", days: ["MO", "TH"] },
    ...over,
  };
}

/** Parses with ical.js (an independent parser) and lists the occurrence starts as epoch ms. */
function icalOccurrences(ics: string, until: number): number[][] {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of comp.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  const vevents = comp.getAllSubcomponents("vevent");
  const masters = vevents.filter((v) => !v.hasProperty("recurrence-id"));
  const exceptions = vevents.filter((v) => v.hasProperty("recurrence-id"));
  const out: number[][] = [];
  for (const master of masters) {
    const event = new ICAL.Event(master);
    for (const ex of exceptions) {
      if (ex.getFirstPropertyValue("uid") === event.uid) event.relateException(ex);
    }
    const starts: number[] = [];
    if (!event.isRecurring()) {
      starts.push(event.startDate.toUnixTime() * 1000);
    } else {
      const it = event.iterator();
      for (let next = it.next(); next; next = it.next()) {
        const details = event.getOccurrenceDetails(next);
        const t = details.startDate.toUnixTime() * 1000;
        if (next.toUnixTime() * 1000 > until) break;
        starts.push(t);
      }
    }
    out.push(starts.sort((a, b) => a - b));
  }
  ICAL.TimezoneService.reset();
  return out;
}

function plannerStarts(plan: RitualPlan, until: number): number[] {
  const r = expandRitual(plan, { from: 0, to: until, limit: 10000 });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.map((o) => o.start);
}

describe("text escaping and folding", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("drops control characters a TEXT value cannot hold, keeps tabs", () => {
    expect(escapeText("\u0000null byte")).toBe("null byte");
    expect(escapeText("tab\there")).toBe("tab\there");
  });

  it("folds at 75 octets, never inside a UTF-8 character", () => {
    const line = `SUMMARY:${"é".repeat(100)}${"👩‍❤️‍👨".repeat(10)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    const enc = new TextEncoder();
    for (const p of physical) expect(enc.encode(p).length).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(" ")).toBe(true);
    // Every physical line is valid UTF-8 on its own: no character was cut.
    const dec = new TextDecoder("utf-8", { fatal: true });
    for (const p of physical) expect(() => dec.decode(enc.encode(p))).not.toThrow();
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});

describe("writeIcs", () => {
  it("writes a calendar with CRLF line ends, UID, DTSTAMP, TZID start, VTIMEZONE, RRULE and VALARM", () => {
    const { ics, skipped } = writeIcs([ritual({ reminderMinutes: 15, where: "The park; by the lake" })], { now: NOW });
    expect(skipped).toEqual([]);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("UID:weekly-walk@attune");
    expect(lines).toContain("DTSTAMP:20260201T120000Z");
    expect(lines).toContain("DTSTART;TZID=America/New_York:20260202T190000");
    expect(lines).toContain("TZID:America/New_York");
    expect(lines).toContain("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO");
    expect(lines).toContain("LOCATION:The park\\; by the lake");
    expect(lines).toContain("TRIGGER:-PT15M");
    expect(lines).toContain("DURATION:PT45M");
    expect(lines.filter((l) => l === "BEGIN:VALARM")).toHaveLength(1);
  });

  it("writes EXDATE for a skipped occurrence and RECURRENCE-ID for a moved one", () => {
    const plan = ritual({
      exceptions: { "2026-02-05": { skip: true }, "2026-02-09": { moveTo: { date: "2026-02-10", time: "20:30" } } },
    });
    const lines = writeIcs([plan], { now: NOW }).ics.split("\r\n");
    expect(lines).toContain("EXDATE;TZID=America/New_York:20260205T190000");
    expect(lines).toContain("RECURRENCE-ID;TZID=America/New_York:20260209T190000");
    expect(lines).toContain("DTSTART;TZID=America/New_York:20260210T203000");
  });

  it("leaves out invalid and paused plans and says why", () => {
    const { ics, skipped } = writeIcs(
      [
        ritual({ id: "a", timeZone: "Mars/Olympus" }),
        ritual({ id: "b", startDate: "2026-02-30" }),
        ritual({ id: "c", paused: true }),
        ritual({ id: "d", startDate: "2026-03-10", until: "2026-03-01" }),
        ritual({ id: "ok" }),
      ],
      { now: NOW },
    );
    expect(skipped).toEqual([
      { id: "a", error: { code: "invalid-zone", field: "timeZone" } },
      { id: "b", error: { code: "invalid-date", field: "startDate" } },
      { id: "c", error: { code: "paused" } },
      { id: "d", error: { code: "end-before-start", field: "until" } },
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it("keeps hostile titles as plain escaped text that ical.js reads back unchanged", () => {
    const titles = [...hostile.markup, ...hostile.unicode.filter((t) => !/[\u0000]/.test(t)), hostile.sizes.long_word];
    const plans = titles.map((title, i) => ritual({ id: `h${i}`, title, recurrence: undefined }));
    const { ics } = writeIcs(plans, { now: NOW });
    const comp = new ICAL.Component(ICAL.parse(ics));
    const summaries = comp.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"));
    expect(summaries).toEqual(titles.map((t) => t.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")));
  });

  it("writes a time-apart plan's return as a UTC start", () => {
    const plan: TimeApartPlan = {
      kind: "apart",
      id: "break-1",
      title: "Back together",
      timeZone: "Europe/Berlin",
      start: "2026-03-01T18:00:00.000Z",
      returnAt: "2026-03-01T19:00:00.000Z",
      reconnectMinutes: 10,
      reminderMinutes: 5,
    };
    const lines = writeIcs([plan], { now: NOW }).ics.split("\r\n");
    expect(lines).toContain("DTSTART:20260301T190000Z");
    expect(lines).toContain("DURATION:PT10M");
    expect(lines).toContain("TRIGGER:-PT5M");
  });

  it("makes safe file names", () => {
    expect(icsFileName("Our <script> walk / tea")).toBe("our-script-walk-tea.ics");
    expect(icsFileName("مرحبا")).toBe("rituals.ics");
  });
});

describe("VTIMEZONE from Intl", () => {
  it("finds the fixture transitions to the minute", () => {
    for (const t of edge.transitions) {
      const [y, m, d] = t.localDate.split("-").map(Number) as [number, number, number];
      const found = findTransitions(t.zone, Date.UTC(y, m - 1, d - 2), Date.UTC(y, m - 1, d + 2));
      expect(found, t.zone + t.localDate).toHaveLength(1);
      const toMin = (o: string) => (o[0] === "-" ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(4, 6)));
      expect(found[0]!.from).toBe(toMin(t.offsetBefore));
      expect(found[0]!.to).toBe(toMin(t.offsetAfter));
    }
  });

  it("writes one standard observance for a zone without DST", () => {
    const { ics } = writeIcs([ritual({ timeZone: "Asia/Kathmandu" })], { now: NOW });
    expect(ics).toContain("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0545\r\nTZOFFSETTO:+0545\r\nEND:STANDARD");
  });
});

describe("ical.js expands the same occurrences as the planner, across DST", () => {
  const until = Date.UTC(2027, 0, 31);
  const cases: Array<[string, Partial<RitualPlan>]> = [
    ["weekly, New York (spring and fall)", { timeZone: "America/New_York" }],
    ["weekly, Berlin (spring and fall)", { timeZone: "Europe/Berlin" }],
    ["daily, Berlin, with skips and a move", {
      timeZone: "Europe/Berlin",
      startDate: "2026-03-20",
      recurrence: { freq: "daily" },
      until: "2026-04-10",
      exceptions: { "2026-03-29": { skip: true }, "2026-03-30": { moveTo: { date: "2026-03-31", time: "07:15" } } },
    }],
    ["every 2 weeks, New York", { startDate: "2026-02-04", recurrence: { freq: "weekly", interval: 2, days: ["WE", "SA"] } }],
    ["monthly on the 31st, Berlin", { timeZone: "Europe/Berlin", startDate: "2026-01-31", recurrence: { freq: "monthly" } }],
    ["every 3 months, New York, until", { startDate: "2026-01-15", recurrence: { freq: "monthly", interval: 3 }, until: "2026-12-31" }],
    ["one-off in Sydney", { timeZone: "Australia/Sydney", recurrence: undefined }],
    ["daily at a time inside the spring-forward gap, New York", { startDate: "2026-03-05", time: "02:30", recurrence: { freq: "daily" }, until: "2026-03-12" }],
    ["daily inside the spring-forward gap, Berlin", { timeZone: "Europe/Berlin", startDate: "2026-03-27", time: "02:30", recurrence: { freq: "daily" }, until: "2026-04-01" }],
    ["daily at a repeated time, New York fall back", { startDate: "2026-10-29", time: "01:30", recurrence: { freq: "daily" }, until: "2026-11-04" }],
    ["daily at a repeated time, Berlin fall back", { timeZone: "Europe/Berlin", startDate: "2026-10-22", time: "02:30", recurrence: { freq: "daily" }, until: "2026-10-28" }],
  ];
  for (const [name, over] of cases) {
    it(name, () => {
      const plan = ritual(over);
      const mine = plannerStarts(plan, until);
      expect(mine.length).toBeGreaterThan(0);
      const [theirs] = icalOccurrences(writeIcs([plan], { now: NOW }).ics, until);
      expect(theirs!.map((t) => new Date(t).toISOString())).toEqual(mine.map((t) => new Date(t).toISOString()));
    });
  }

  it("keeps 19:00 local in New York on both sides of the March change", () => {
    const plan = ritual({ startDate: "2026-03-02", recurrence: { freq: "weekly", days: ["MO"] }, until: "2026-03-16" });
    const starts = plannerStarts(plan, until).map((t) => new Date(t).toISOString());
    expect(starts).toEqual(["2026-03-03T00:00:00.000Z", "2026-03-09T23:00:00.000Z", "2026-03-16T23:00:00.000Z"]);
  });

  it("expands several plans in several zones from one calendar", () => {
    const plans = [ritual({ id: "ny" }), ritual({ id: "be", timeZone: "Europe/Berlin" })];
    const theirs = icalOccurrences(writeIcs(plans, { now: NOW }).ics, until);
    expect(theirs).toEqual(plans.map((p) => plannerStarts(p, until)));
  });
});
