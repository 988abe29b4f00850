import * as React from "react";
import {
  useErrorReporter,
  usePersistentState,
  useTranslator,
  warnOnce,
  type ErrorHandler,
  type Message,
  type Translate,
} from "@attune/core";
import {
  MAX_NEEDS,
  MAX_TEXT,
  VILLAGE_SOURCES,
  compareAudits,
  emptyAudit,
  move,
  nextId,
  parseVillageAudit,
  summarize,
  type NeedSuggestion,
  type VillageAuditData,
  type VillageNeed,
  type VillageSharePlan,
} from "./logic";
import { villageAuditMessages, type VillageAuditMessageKey } from "./messages";

export type VillageAuditMessages = Partial<Record<VillageAuditMessageKey, Message>>;

/** The plan handed to the host: the need and the person in words, ready to show or send. */
export interface VillagePlanEvent extends VillageSharePlan {
  needLabel: string;
  whoLabel: string;
  audit: VillageAuditData;
}

export interface UseVillageAuditProps {
  /** The audit (controlled): plain JSON, see `VillageAuditData`. */
  value?: VillageAuditData;
  /** The audit to start from when uncontrolled. @default an empty audit */
  defaultValue?: VillageAuditData;
  /** Called with the whole audit after every change. */
  onValueChange?: (value: VillageAuditData) => void;
  /** The last audit the person saved, to show what changed since. */
  previous?: VillageAuditData;
  /** The partner's name, used in place of "my partner". */
  partnerName?: string;
  /** Persist the draft audit under this key (through the provider's storage). Off by default. */
  persistKey?: string;
  /** Called when the person saves their plan for the week. A rejected promise is reported through onError. */
  onPlan?: (plan: VillagePlanEvent) => void | Promise<void>;
  /** When set, the plan can also become time for myself, for a host to hand to RitualPlanner as time apart. */
  onPlanTimeApart?: (plan: VillagePlanEvent) => void | Promise<void>;
  /** When set, the person can choose to share the picture with their partner. Nothing is shared otherwise. */
  onSharePicture?: (audit: VillageAuditData) => void | Promise<void>;
  /** The instant stamped on an audit when it is first changed (epoch ms). @default the time of that change */
  now?: number;
  /** Called for every recoverable problem: bad data, storage, a rejected callback. */
  onError?: ErrorHandler;
  /** Overrides for any message. */
  messages?: VillageAuditMessages;
}

const isAuditShape = (v: unknown): v is VillageAuditData => parseVillageAudit(v).ok;

/**
 * Everything VillageAudit does, without its markup: the audit, the actions that change it,
 * the words for each need and person, and what to announce. The parts render from this.
 */
export function useVillageAudit(props: UseVillageAuditProps) {
  const { value, defaultValue, onValueChange, previous, partnerName, persistKey, onPlan, onPlanTimeApart, onSharePicture, now, onError, messages } =
    props;
  const t: Translate<VillageAuditMessageKey> = useTranslator(villageAuditMessages, messages);
  const report = useErrorReporter(onError);

  const initial = React.useMemo(() => checked(defaultValue, "defaultValue"), []); // eslint-disable-line react-hooks/exhaustive-deps -- a default is read once
  const [inner, setInner, storage] = usePersistentState<VillageAuditData>(initial.value, {
    widget: "village-audit",
    key: persistKey,
    validate: isAuditShape,
    onError,
  });

  const controlled = value !== undefined;
  const wasControlled = React.useRef(controlled);
  if (process.env.NODE_ENV !== "production" && wasControlled.current !== controlled) {
    warnOnce("VillageAudit switched between controlled and uncontrolled `value`. Decide between value and defaultValue for its lifetime.");
    wasControlled.current = controlled;
  }
  // Whatever arrives (a prop, storage, a partner) is checked; problems are reported once per value.
  const current = React.useMemo(() => checked(controlled ? value : inner, controlled ? "value" : "stored audit"), [controlled, value, inner]);
  const previousChecked = React.useMemo(() => (previous === undefined ? undefined : checked(previous, "previous")), [previous]);
  React.useEffect(() => {
    for (const problem of [...current.problems, ...(previousChecked?.problems ?? [])]) report({ code: "invalid-input", message: problem });
  }, [current, previousChecked, report]);
  const audit = current.value;

  const latest = React.useRef(audit);
  latest.current = audit;
  const nowRef = React.useRef(now);
  nowRef.current = now;
  const onChangeRef = React.useRef(onValueChange);
  onChangeRef.current = onValueChange;

  const [announcement, setAnnouncement] = React.useState("");
  // Actions are plain functions: the parts call them from event handlers only, and they read
  // the latest audit through a ref, so nothing here needs memoising.

  const update = (change: (audit: VillageAuditData) => VillageAuditData) => {
      const before = latest.current;
      let next = change(before);
      if (next === before) return;
      // An audit is dated by its first change, never during render (server and client agree).
      if (!next.date) {
        const stamp = nowRef.current;
        next = { ...next, date: typeof stamp === "number" && Number.isFinite(stamp) && Math.abs(stamp) <= 8.64e15 ? stamp : Date.now() };
      }
      latest.current = next;
      setInner(next);
      onChangeRef.current?.(next);
    };

  if (process.env.NODE_ENV !== "production" && partnerName !== undefined && typeof partnerName !== "string") warnOnce("VillageAudit partnerName must be text; it was ignored.");
  const partnerLabel = typeof partnerName === "string" && partnerName.trim() ? partnerName.trim().slice(0, MAX_TEXT) : undefined;
  const needLabel = (need: VillageNeed) => need.label.trim() || (need.suggestion ? t(`villageAudit.need.${need.suggestion}`) : "");
  const sourceLabel = (source: string) => {
      if (source === "partner") return partnerLabel ?? t("villageAudit.source.partner");
      if ((VILLAGE_SOURCES as readonly string[]).includes(source)) return t(`villageAudit.source.${source as Exclude<(typeof VILLAGE_SOURCES)[number], "partner">}`);
      return latest.current.people.find((p) => p.id === source)?.name ?? source;
    };
  const partnerInText = partnerLabel ?? t("villageAudit.partnerInText");

  const addNeed = (input: { label?: string; suggestion?: NeedSuggestion }): string | undefined => {
      const label = (input.label ?? "").trim().slice(0, MAX_TEXT);
      if (!label && !input.suggestion) return undefined;
      const a = latest.current;
      if (a.needs.length >= MAX_NEEDS) return undefined;
      const id = nextId("need-", a.needs.map((n) => n.id));
      const need: VillageNeed = { id, label, ...(input.suggestion && !label ? { suggestion: input.suggestion } : {}), sources: [] };
      update((x) => ({ ...x, needs: [...x.needs, need] }));
      setAnnouncement(t("villageAudit.announceAdded", { need: needLabel(need) }));
      return id;
    };

  const removeNeed = (id: string) => {
      const need = latest.current.needs.find((n) => n.id === id);
      if (!need) return;
      update((x) => {
        const { plan, ...rest } = x;
        return { ...rest, needs: x.needs.filter((n) => n.id !== id), ...(plan && plan.needId !== id ? { plan } : {}) };
      });
      setAnnouncement(t("villageAudit.announceRemoved", { need: needLabel(need) }));
    };

  const moveNeed = (id: string, delta: number) => {
      const index = latest.current.needs.findIndex((n) => n.id === id);
      if (index === -1) return;
      const needs = move(latest.current.needs, index, delta);
      if (needs.every((n, i) => n === latest.current.needs[i])) return;
      update((x) => ({ ...x, needs }));
      const position = needs.findIndex((n) => n.id === id) + 1;
      setAnnouncement(t("villageAudit.announceMoved", { need: needLabel(needs[position - 1]!), position }));
    };

  const toggleSource = (needId: string, source: string) =>
      update((x) => ({
        ...x,
        needs: x.needs.map((n) =>
          n.id !== needId ? n : { ...n, sources: n.sources.includes(source) ? n.sources.filter((s) => s !== source) : [...n.sources, source] },
        ),
      }));

  const addPerson = (name: string): string | undefined => {
      const clean = name.trim().slice(0, MAX_TEXT);
      if (!clean) return undefined;
      const existing = latest.current.people.find((p) => p.name.toLowerCase() === clean.toLowerCase());
      if (existing) return existing.id;
      const id = nextId("person-", latest.current.people.map((p) => p.id));
      update((x) => ({ ...x, people: [...x.people, { id, name: clean }] }));
      return id;
    };

  const removePerson = (id: string) =>
      update((x) => ({
        ...x,
        people: x.people.filter((p) => p.id !== id),
        needs: x.needs.map((n) => (n.sources.includes(id) ? { ...n, sources: n.sources.filter((s) => s !== id) } : n)),
      }));

  const setPlan = (plan: Partial<VillageSharePlan>) =>
      update((x) => {
        const merged = { needId: "", who: "", when: "", ...x.plan, ...plan };
        return { ...x, plan: { needId: merged.needId, who: merged.who.slice(0, MAX_TEXT), when: merged.when.slice(0, MAX_TEXT) } };
      });

  const [planStatus, setPlanStatus] = React.useState<"idle" | "missing" | "saved">("idle");
  const planEvent = (): VillagePlanEvent | undefined => {
    const a = latest.current;
    const need = a.plan && a.needs.find((n) => n.id === a.plan!.needId);
    if (!a.plan || !need || !a.plan.who.trim()) return undefined;
    const who = a.plan.who.trim();
    const whoLabel = (VILLAGE_SOURCES as readonly string[]).includes(who) || a.people.some((p) => p.id === who) ? sourceLabel(who) : who;
    return { ...a.plan, needLabel: needLabel(need), whoLabel, audit: a };
  };

  const callHost = (name: string, fn: ((arg: never) => void | Promise<void>) | undefined, arg: unknown) => {
      if (!fn) return;
      try {
        const result = (fn as (a: unknown) => void | Promise<void>)(arg);
        if (result && typeof (result as Promise<void>).then === "function") {
          (result as Promise<void>).then(undefined, (cause: unknown) => report({ code: "invalid-input", message: `${name} was rejected.`, cause }));
        }
      } catch (cause) {
        report({ code: "invalid-input", message: `${name} threw.`, cause });
      }
    };

  const savePlan = (kind: "ask" | "time-apart" = "ask") => {
      const event = planEvent();
      if (!event) {
        setPlanStatus("missing");
        setAnnouncement(t("villageAudit.planMissing"));
        return false;
      }
      setPlanStatus("saved");
      setAnnouncement(t("villageAudit.planSaved", { need: event.needLabel, who: event.whoLabel, when: event.when.trim() || "…" }));
      callHost(kind === "ask" ? "onPlan" : "onPlanTimeApart", kind === "ask" ? onPlan : onPlanTimeApart, event);
      return true;
    };

  const [shared, setShared] = React.useState(false);
  const sharePicture = () => {
    if (!onSharePicture) return;
    setShared(true);
    setAnnouncement(t("villageAudit.shared", { partner: partnerInText }));
    callHost("onSharePicture", onSharePicture, latest.current);
  };

  const clear = () => {
    storage.clear();
    const empty = emptyAudit();
    latest.current = empty;
    onChangeRef.current?.(empty);
  };

  const summary = React.useMemo(() => summarize(audit), [audit]);
  const changes = React.useMemo(
    () => (previousChecked && previousChecked.value.date ? compareAudits(previousChecked.value, audit) : undefined),
    [previousChecked, audit],
  );

  return {
    t,
    audit,
    previous: previousChecked?.value,
    summary,
    changes,
    announcement,
    planStatus,
    shared,
    canShare: Boolean(onSharePicture),
    canPlanTimeApart: Boolean(onPlanTimeApart),
    partnerInText,
    needLabel,
    sourceLabel,
    addNeed,
    removeNeed,
    moveNeed,
    toggleSource,
    addPerson,
    removePerson,
    setPlan,
    savePlan,
    sharePicture,
    clear,
  };
}

export type VillageAuditState = ReturnType<typeof useVillageAudit>;

function checked(value: unknown, name: string): { value: VillageAuditData; problems: string[] } {
  if (value === undefined) return { value: emptyAudit(), problems: [] };
  const parsed = parseVillageAudit(value);
  if (!parsed.ok) return { value: emptyAudit(), problems: [`VillageAudit ${name}: ${parsed.error}`] };
  return { value: parsed.value, problems: parsed.problems.map((p) => `VillageAudit ${name}: ${p}`) };
}
