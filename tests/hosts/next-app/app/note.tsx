"use client";
// A host's own client component built from @attune/core's parts (Card, Button, Dialog).
import * as React from "react";
import { Button, Card, Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@attune/react";

export function Note() {
  const [draft, setDraft] = React.useState("");
  const [saved, setSaved] = React.useState("");
  return (
    <Card as="section" aria-labelledby="host-core-heading" data-host-widget="core">
      <h2 id="host-core-heading">A note for later</h2>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="primary">Write a note</Button>
        </DialogTrigger>
        <DialogContent size="sm">
          <DialogTitle>A note for later</DialogTitle>
          <DialogDescription>Only you will see this.</DialogDescription>
          <label className="host-field">
            Your note
            <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} />
          </label>
          <div className="host-actions">
            <DialogClose asChild>
              <Button variant="primary" onClick={() => setSaved(draft)}>
                Save note
              </Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
      {saved ? (
        <p className="host-status" data-host-result="core">
          Saved note: {saved}
        </p>
      ) : null}
    </Card>
  );
}
