// A Radix slider (Root, Track, Range, Thumb) controlled by React state, styled minimally.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import * as Slider from "@radix-ui/react-slider";
import { markReady } from "./harness.js";

const css = `
.r-root { position: relative; display: flex; align-items: center; inline-size: 320px; block-size: 24px; }
.r-track { position: relative; flex-grow: 1; block-size: 4px; background: #ccc; border-radius: 2px; }
.r-range { position: absolute; block-size: 100%; background: #3a7d6b; border-radius: 2px; }
.r-thumb { display: block; inline-size: 24px; block-size: 24px; border-radius: 50%; background: #fff; border: 2px solid #3a7d6b; }`;

function App() {
  const [value, setValue] = useState([50]);
  return (
    <main style={{ padding: 40 }}>
      <style>{css}</style>
      <Slider.Root className="r-root" min={0} max={100} step={1} value={value} onValueChange={(v) => { window.__benchChanges += 1; setValue(v); }}>
        <Slider.Track className="r-track">
          <Slider.Range className="r-range" />
        </Slider.Track>
        <Slider.Thumb className="r-thumb" data-bench-target aria-label="Lean" />
      </Slider.Root>
      <output>{value[0]}</output>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
