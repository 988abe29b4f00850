"use client";
// Reflection shares through an onShare function, which cannot cross from a server component,
// so the host wraps it in its own small client component.
import * as React from "react";
import { Reflection, type ReflectionShare } from "@attune/react";

export function ReflectionSection() {
  const [shared, setShared] = React.useState<ReflectionShare | null>(null);
  return (
    <section aria-labelledby="host-reflection-heading" data-host-widget="reflection" data-host-listens="">
      <h2 id="host-reflection-heading">Reflect on your own</h2>
      <Reflection headingLevel={3} builtInSets={["now"]} onShare={setShared} />
      {shared ? (
        <p className="host-status" data-host-result="reflection">
          Answers shared: {shared.answers.length}
        </p>
      ) : null}
    </section>
  );
}
