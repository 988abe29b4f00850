// NeedsSpectrum controlled by React state, the same way as the native and Radix pages.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { AttuneProvider } from "@attune/core";
import { NeedsSpectrum } from "@attune/needs-spectrum";
import { markReady } from "./harness.js";

function App() {
  const [value, setValue] = useState(50);
  return (
    <AttuneProvider>
      <main style={{ padding: 40, maxInlineSize: 480 }}>
        <NeedsSpectrum label="Evenings" value={value} onValueChange={(v) => { window.__benchChanges += 1; setValue(v); }} partner={{ value: 30, label: "Sam" }} />
      </main>
    </AttuneProvider>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
