// A native <input type="range"> controlled by React state, the leanest slider a host has.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { markReady } from "./harness.js";

function App() {
  const [value, setValue] = useState(50);
  return (
    <main style={{ padding: 40 }}>
      <label htmlFor="s">Lean</label>
      <input id="s" data-bench-target type="range" min={0} max={100} step={1} value={value}
        onChange={(e) => { window.__benchChanges += 1; setValue(Number(e.target.value)); }} style={{ inlineSize: 320 }} />
      <output>{value}</output>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
