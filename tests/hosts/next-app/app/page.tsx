// A server component. It imports the widgets straight from @attune/react (a "use client"
// module), passes them plain, serialisable props, and server-renders them; React hydrates
// them in the browser. The Spanish/Arabic bundles are server-safe imports too.
import { AttuneProvider } from "@attune/react";
import { Note } from "./note";
import { Hydrated } from "./hydrated";

export default function Page() {
  return (
    <>
      <header className="host-header">
        <h1>Attune on Next.js (App Router, server component page)</h1>
      </header>
      <AttuneProvider theme="light" locale="en">
        <main className="host-main">
          <Note />
        </main>
      </AttuneProvider>
      <Hydrated />
    </>
  );
}
