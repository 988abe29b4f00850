import * as React from "react";
import {
  createPartsContext,
  Button,
  Heading,
  LiveRegion,
  headingLevelProp,
  lazyModule,
  useLazyModule,
  parseDirection,
  useAttune,
  useErrorReporter,
  useRootProps,
  useRovingFocus,
  type AttuneError,
  type Direction,
} from "@attune/core";
import { MAX_NEEDS, NEED_SUGGESTIONS, SUGGESTED_NEEDS, VILLAGE_SOURCES, restsOnPartnerAlone, type VillageNeed } from "./logic";
import { useVillageAudit, type UseVillageAuditProps, type VillageAuditState } from "./use-village-audit";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

interface VillageContextValue extends VillageAuditState {
  id: string;
  headingLevel: number;
  /** The picture, the plan and the changes since last time, when their code has loaded. */
  later: LaterModule | undefined;
}

export const [VillageContext, useVillage] = /* @__PURE__ */ createPartsContext<VillageContextValue>("VillageAudit");

/* -------------------------------------------------------------------------------------------
 * Loaded when needed: the picture, the plan for this week and what changed since last time
 * -----------------------------------------------------------------------------------------*/

// The picture and the plan show once the audit has a need, the changes only with an earlier
// audit: their code is a dynamic import a host's bundler splits out of the first page load.
// Root loads it when one shows; a person reaching for the ways to add a need (pointer down or
// focus) starts it earlier, so it is usually in by the time the first need is.
type LaterModule = typeof import("./later-parts");
const laterCode = /* @__PURE__ */ lazyModule((): Promise<LaterModule> => import("./later-parts"));

/** Starts loading the picture, the plan and the changes since last time (reaching for a need to add does this too). */
export const preloadVillageAuditParts = (): Promise<unknown> => laterCode.load();
// A failure here is reported by Root when a part needs the code.
const warm = () => void laterCode.load().catch(() => {});

function useLaterCode(shown: boolean, audit: VillageAuditState["audit"], report: (error: AttuneError) => void): LaterModule | undefined {
  const code = useLazyModule(laterCode);
  React.useEffect(() => {
    if (code || !shown) return;
    let live = true;
    laterCode.load().then(
      undefined,
      (cause: unknown) => {
        // Tried again with the next change; needs, sources and the picture keep working.
        if (live) report({ code: "load-failed", message: "VillageAudit: the picture, the plan and the changes could not load; the audit is kept.", cause });
      },
    );
    return () => {
      live = false;
    };
  }, [code, shown, audit, report]);
  return code;
}

/* -------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------*/

export interface VillageAuditRootProps
  extends UseVillageAuditProps,
    Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "dir" | "onError"> {
  /** Level of the widget's own heading; sections use the next level. @default 2 */
  headingLevel?: number;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_PROPS = [
  "value",
  "defaultValue",
  "onValueChange",
  "previous",
  "partnerName",
  "persistKey",
  "onPlan",
  "onPlanTimeApart",
  "onSharePicture",
  "now",
  "onError",
  "messages",
] as const satisfies ReadonlyArray<keyof UseVillageAuditProps>;

/** Holds the audit's state for the parts inside it; renders a `<section>`. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, VillageAuditRootProps>(function VillageAuditRoot(props, ref) {
  const { headingLevel, dir, className, children, ...rest } = props;
  // The hook reads its own props; only the rest reach the DOM.
  const state = useVillageAudit(props);
  for (const key of HOOK_PROPS) delete (rest as Record<string, unknown>)[key];
  const id = React.useId();
  const rootProps = useRootProps("village-audit", { dir: parseDirection(dir), className });
  const level = headingLevelProp("VillageAudit", headingLevel, 5);
  const later = useLaterCode(state.audit.needs.length > 0 || !!state.changes, state.audit, useErrorReporter(props.onError));
  const ctx = React.useMemo(() => ({ ...state, id, headingLevel: level, later }), [state, id, level, later]);
  return (
    <VillageContext.Provider value={ctx}>
      <section {...(rest as React.HTMLAttributes<HTMLElement>)} {...rootProps} ref={ref} aria-labelledby={rest["aria-labelledby"] ?? `${id}-title`}>
        {children}
        <LiveRegion message={state.announcement} />
      </section>
    </VillageContext.Provider>
  );
});

/** The widget's title, the practice in one line and the privacy note. */
export const Header = /* @__PURE__ */ React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function VillageAuditHeader(props, ref) {
  const { t, id, headingLevel } = useVillage("Header");
  return (
    <div {...props} ref={ref} data-attune-part="header">
      <Heading level={headingLevel} id={`${id}-title`} data-attune-part="title">
        {t("villageAudit.label")}
      </Heading>
      <p data-attune-part="intro">{t("villageAudit.intro")}</p>
      <p data-attune-part="private-note">{t("villageAudit.private")}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Needs: the list and the ways to add one
 * -----------------------------------------------------------------------------------------*/

export type VillageAuditNeedsProps = React.HTMLAttributes<HTMLDivElement>;

/** The person's needs in order, each with move and remove buttons, then suggestions and a field for their own words. */
export const Needs = /* @__PURE__ */ React.forwardRef<HTMLDivElement, VillageAuditNeedsProps>(function VillageAuditNeeds(props, ref) {
  const { t, id, headingLevel, audit, needLabel, moveNeed, removeNeed } = useVillage("Needs");
  const count = audit.needs.length;
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-needs`} data-attune-part="needs">
      <Heading level={headingLevel + 1} id={`${id}-needs`}>
        {t("villageAudit.needsHeading")}
      </Heading>
      <p data-attune-part="needs-count">
        {t("villageAudit.needsCount", { count, max: MAX_NEEDS })}{" "}
        {count >= MAX_NEEDS ? t("villageAudit.needsFull", { max: MAX_NEEDS }) : count < SUGGESTED_NEEDS ? t("villageAudit.suggestCount", { count: SUGGESTED_NEEDS }) : null}
      </p>
      {count > 0 ? (
        <ol data-attune-part="need-list">
          {audit.needs.map((need, i) => {
            const label = needLabel(need);
            return (
              <li key={need.id} data-attune-part="need" data-partner-alone={restsOnPartnerAlone(need) ? "" : undefined}>
                <span data-attune-part="need-label">{label}</span>
                <span data-attune-part="need-actions">
                  <Button size="sm" variant="ghost" aria-label={t("villageAudit.moveUp", { need: label })} disabled={i === 0} onClick={() => moveNeed(need.id, -1)}>
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t("villageAudit.moveDown", { need: label })}
                    disabled={i === count - 1}
                    onClick={() => moveNeed(need.id, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={t("villageAudit.remove", { need: label })} onClick={() => removeNeed(need.id)}>
                    <span aria-hidden="true">×</span>
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      <AddNeed />
    </div>
  );
});

/** Suggested needs (one tab stop, arrow keys) and a field for the person's own words. */
export const AddNeed = /* @__PURE__ */ React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function VillageAuditAddNeed(props, ref) {
  const { t, id, audit, addNeed, removeNeed } = useVillage("AddNeed");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
  const [text, setText] = React.useState("");
  const full = audit.needs.length >= MAX_NEEDS;
  return (
    <div {...props} ref={ref} data-attune-part="add-need">
      {/* Suggestions are toggles: pressed while the need is on the list, so focus never jumps. */}
      <div
        ref={roving.ref}
        role="toolbar"
        aria-label={t("villageAudit.suggestionsLabel")}
        onKeyDown={roving.onKeyDown}
        onPointerDown={warm}
        onFocus={warm}
        data-attune-part="suggestions"
      >
        {NEED_SUGGESTIONS.map((s, i) => {
          const chosen = audit.needs.find((n) => n.suggestion === s);
          return (
            <button
              key={s}
              type="button"
              aria-pressed={Boolean(chosen)}
              aria-disabled={full && !chosen ? true : undefined}
              data-attune-part="suggestion"
              data-state={chosen ? "on" : "off"}
              {...roving.itemProps(i)}
              onClick={() => (chosen ? removeNeed(chosen.id) : full ? undefined : addNeed({ suggestion: s }))}
            >
              {t(`villageAudit.need.${s}`)}
            </button>
          );
        })}
      </div>
      <form
        data-attune-part="own-need"
        onPointerDown={warm}
        onFocus={warm}
        onSubmit={(event) => {
          event.preventDefault();
          if (addNeed({ label: text })) setText("");
        }}
      >
        <label htmlFor={`${id}-own`}>{t("villageAudit.ownLabel")}</label>
        <span data-attune-part="field-row">
          <input id={`${id}-own`} type="text" value={text} maxLength={120} disabled={full} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" disabled={full || !text.trim()}>
            {t("villageAudit.add")}
          </Button>
        </span>
      </form>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Who meets each need: one toggle group per need
 * -----------------------------------------------------------------------------------------*/

export type VillageAuditSourcesProps = React.HTMLAttributes<HTMLDivElement>;

/** For each need, toggle buttons for everyone who meets it now (one tab stop per need), and a field to add a person. */
export const Sources = /* @__PURE__ */ React.forwardRef<HTMLDivElement, VillageAuditSourcesProps>(function VillageAuditSources(props, ref) {
  const { t, id, headingLevel, audit, addPerson, removePerson } = useVillage("Sources");
  const [name, setName] = React.useState("");
  if (audit.needs.length === 0) return null;
  return (
    <div {...props} ref={ref} data-attune-part="sources">
      <Heading level={headingLevel + 1} id={`${id}-who`}>
        {t("villageAudit.whoHeading")}
      </Heading>
      <p data-attune-part="hint">{t("villageAudit.whoHint")}</p>
      {audit.needs.map((need) => (
        <SourceGroup key={need.id} need={need} />
      ))}
      <form
        data-attune-part="add-person"
        onSubmit={(event) => {
          event.preventDefault();
          if (addPerson(name)) setName("");
        }}
      >
        <label htmlFor={`${id}-person`}>{t("villageAudit.personLabel")}</label>
        <span data-attune-part="field-row">
          <input id={`${id}-person`} type="text" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
          <Button type="submit" disabled={!name.trim()}>
            {t("villageAudit.addPerson")}
          </Button>
        </span>
      </form>
      {audit.people.length > 0 ? (
        <ul data-attune-part="people">
          {audit.people.map((p) => (
            <li key={p.id}>
              {p.name}
              <Button size="sm" variant="ghost" aria-label={t("villageAudit.removePerson", { name: p.name })} onClick={() => removePerson(p.id)}>
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});

function SourceGroup({ need }: { need: VillageNeed }) {
  const { t, id, audit, needLabel, sourceLabel, toggleSource } = useVillage("Sources");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
  const label = needLabel(need);
  const sources = [...VILLAGE_SOURCES, ...audit.people.map((p) => p.id)];
  return (
    <div
      ref={roving.ref}
      role="group"
      aria-labelledby={`${id}-${need.id}`}
      onKeyDown={roving.onKeyDown}
      data-attune-part="source-group"
      data-partner-alone={restsOnPartnerAlone(need) ? "" : undefined}
    >
      <span id={`${id}-${need.id}`} data-attune-part="source-group-label">
        {label}
      </span>
      <span data-attune-part="source-options">
        {sources.map((source, i) => {
          const on = need.sources.includes(source);
          const name = sourceLabel(source);
          return (
            <button
              key={source}
              type="button"
              aria-pressed={on}
              aria-label={t("villageAudit.sourceFor", { source: name, need: label })}
              data-attune-part="source"
              data-source={source === "partner" ? "partner" : undefined}
              data-state={on ? "on" : "off"}
              {...roving.itemProps(i, i === Math.min(roving.active, sources.length - 1))}
              onClick={() => toggleSource(need.id, source)}
            >
              {name}
            </button>
          );
        })}
      </span>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------
 * The result: a picture, the same facts as a table, and a kind summary
 * -----------------------------------------------------------------------------------------*/

export interface VillageAuditPictureProps extends React.SVGAttributes<SVGSVGElement> {}

/**
 * The village drawn around "me": each need on a ring with a dot for everyone who meets it.
 * Needs that rest on the partner alone get a soft halo, not a warning colour. Hidden from
 * assistive technology: the Table part carries the same facts. Loads with the first need.
 */
export const Picture = /* @__PURE__ */ React.forwardRef<SVGSVGElement, VillageAuditPictureProps>(function VillageAuditPicture(props, ref) {
  const { audit, later } = useVillage("Picture");
  return audit.needs.length && later ? <later.Picture {...props} ref={ref} /> : null;
});

export const listFormat = (locale: string, items: string[]) => {
  try {
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
};

/** The village as a table: each need, who meets it now, and whether it rests on the partner alone. */
export const Table = /* @__PURE__ */ React.forwardRef<HTMLTableElement, React.TableHTMLAttributes<HTMLTableElement>>(function VillageAuditTable(props, ref) {
  const { t, audit, needLabel, sourceLabel, partnerInText } = useVillage("Table");
  const { locale } = useAttune();
  if (audit.needs.length === 0) return null;
  return (
    <table {...props} ref={ref} data-attune-part="table">
      <caption>{t("villageAudit.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("villageAudit.tableNeed")}</th>
          <th scope="col">{t("villageAudit.tableWho")}</th>
          <th scope="col">{t("villageAudit.tableNote")}</th>
        </tr>
      </thead>
      <tbody>
        {audit.needs.map((need) => (
          <tr key={need.id} data-partner-alone={restsOnPartnerAlone(need) ? "" : undefined}>
            <th scope="row">{needLabel(need)}</th>
            <td>{need.sources.length ? listFormat(locale, need.sources.map(sourceLabel)) : t("villageAudit.nobodyYet")}</td>
            <td>
              {restsOnPartnerAlone(need)
                ? t("villageAudit.partnerAloneNote", { partner: partnerInText })
                : need.sources.length > 1
                  ? t("villageAudit.sharedNote", { count: need.sources.length })
                  : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/** "4 of 5 needs rest on Sam alone", said kindly, and needs that nobody meets yet. */
export const Summary = /* @__PURE__ */ React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function VillageAuditSummary(props, ref) {
  const { t, summary, partnerInText } = useVillage("Summary");
  return (
    <div {...props} ref={ref} data-attune-part="summary">
      {summary.total === 0 ? (
        <p>{t("villageAudit.empty")}</p>
      ) : (
        <>
          <p data-attune-part="summary-line">
            {summary.partnerAlone > 0
              ? t("villageAudit.summaryPartnerAlone", { count: summary.partnerAlone, total: summary.total, partner: partnerInText })
              : t("villageAudit.summaryNone", { partner: partnerInText })}
          </p>
          {summary.partnerAlone > 0 ? <p>{t("villageAudit.summaryKind")}</p> : null}
          {summary.unmet > 0 ? <p>{t("villageAudit.summaryUnmet", { count: summary.unmet })}</p> : null}
        </>
      )}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * The plan for this week
 * -----------------------------------------------------------------------------------------*/

/** Pick one need, who could I ask and when; saving hands the plan to the host (loads with the first need). */
export const Plan = /* @__PURE__ */ React.forwardRef<HTMLFormElement, React.FormHTMLAttributes<HTMLFormElement>>(function VillageAuditPlan(props, ref) {
  const { audit, later } = useVillage("Plan");
  return audit.needs.length && later ? <later.Plan {...props} ref={ref} /> : null;
});

/* -------------------------------------------------------------------------------------------
 * Coming back later, and sharing by choice
 * -----------------------------------------------------------------------------------------*/

/** What changed since the previous audit (shown only when the host passes one; loads then). */
export const Changes = /* @__PURE__ */ React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function VillageAuditChanges(props, ref) {
  const { later } = useVillage("Changes");
  return later ? <later.Changes {...props} ref={ref} /> : null;
});

/** Shares the picture with the partner, only when the person presses it (and only if the host allows sharing). */
export const ShareButton = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, React.ButtonHTMLAttributes<HTMLButtonElement>>(
  function VillageAuditShareButton(props, ref) {
    const { t, canShare, shared, sharePicture, partnerInText, audit } = useVillage("ShareButton");
    if (!canShare || audit.needs.length === 0) return null;
    return (
      <div data-attune-part="share">
        <Button
          {...props}
          ref={ref}
          onClick={(event) => {
            props.onClick?.(event);
            if (!event.defaultPrevented) sharePicture();
          }}
        >
          {t("villageAudit.share", { partner: partnerInText })}
        </Button>
        {shared ? <p role="status">{t("villageAudit.shared", { partner: partnerInText })}</p> : null}
      </div>
    );
  },
);

/* -------------------------------------------------------------------------------------------
 * The all-in-one widget
 * -----------------------------------------------------------------------------------------*/

export type VillageAuditProps = Omit<VillageAuditRootProps, "children">;

/**
 * A village audit: name a few needs, mark who meets each one now, see which rest on the
 * partner alone, and pick one to bring to someone else this week. Built from the parts.
 */
export const VillageAudit = /* @__PURE__ */ React.forwardRef<HTMLElement, VillageAuditProps>(function VillageAudit(props, ref) {
  return (
    <Root {...props} ref={ref}>
      <Header />
      <Needs />
      <Sources />
      <div data-attune-part="result">
        <Picture />
        <div data-attune-part="result-text">
          <Summary />
          <Table />
        </div>
      </div>
      <Changes />
      <Plan />
      <ShareButton />
    </Root>
  );
});
