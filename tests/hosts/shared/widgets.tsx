// Each widget as a host would place it: a labelled section and the widget with the props a
// real page would pass. The drivers in scripts/hosts/lib/drive.mjs do each one's main task.
import * as React from "react";
import {
  Button,
  Card,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@attune/react";

export type HostLocale = "en" | "es" | "ar";

/** The host's own words around the widgets (the widgets bring their own). */
export const chrome = {
  en: {
    core: "A note for later",
    coreOpen: "Write a note",
    coreTitle: "A note for later",
    coreDescription: "Only you will see this.",
    coreLabel: "Your note",
    coreSave: "Save note",
    coreSaved: "Saved note:",
  },
  es: {
    core: "Una nota para después",
    coreOpen: "Escribir una nota",
    coreTitle: "Una nota para después",
    coreDescription: "Solo tú la verás.",
    coreLabel: "Tu nota",
    coreSave: "Guardar nota",
    coreSaved: "Nota guardada:",
  },
  ar: {
    core: "ملاحظة لوقت لاحق",
    coreOpen: "اكتب ملاحظة",
    coreTitle: "ملاحظة لوقت لاحق",
    coreDescription: "لن يراها أحد غيرك.",
    coreLabel: "ملاحظتك",
    coreSave: "احفظ الملاحظة",
    coreSaved: "الملاحظة المحفوظة:",
  },
} satisfies Record<HostLocale, Record<string, string>>;

export type Chrome = (typeof chrome)["en"];

/** @attune/core's building blocks on their own: Card, Button and the Dialog parts. */
export function CoreNote({ t }: { t: Chrome }) {
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState("");
  const [saved, setSaved] = React.useState("");
  return (
    <Card as="section" aria-labelledby="host-core-heading" data-host-widget="core">
      <h2 id="host-core-heading">{t.core}</h2>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="primary">{t.coreOpen}</Button>
        </DialogTrigger>
        <DialogContent size="sm">
          <DialogTitle>{t.coreTitle}</DialogTitle>
          <DialogDescription>{t.coreDescription}</DialogDescription>
          <label className="host-field">
            {t.coreLabel}
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} />
          </label>
          <div className="host-actions">
            <DialogClose asChild>
              <Button variant="primary" onClick={() => setSaved(draft)}>
                {t.coreSave}
              </Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
      {saved ? (
        <p className="host-status" data-host-result="core">
          {t.coreSaved} {saved}
        </p>
      ) : null}
    </Card>
  );
}

export function WidgetSections({ t }: { t: Chrome }) {
  return (
    <>
      <CoreNote t={t} />
    </>
  );
}
