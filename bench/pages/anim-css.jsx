// The comparison for the breathing guide: the same shape (a circle that grows for 4 s,
// holds 4 s, shrinks for 4 s and holds 4 s: the box pattern) as a plain CSS keyframe
// animation on transform, with no JavaScript running once it has started.
import { createRoot } from "react-dom/client";
import { markReady } from "./harness.js";

const css = `
.bench-breath { inline-size: 240px; block-size: 240px; border-radius: 50%; background: #3a7d6b;
  margin: 40px auto; animation: bench-breathe 16s linear infinite; will-change: transform; }
@keyframes bench-breathe {
  0% { transform: scale(0.5); animation-timing-function: ease-in-out; }
  25% { transform: scale(1); }
  50% { transform: scale(1); animation-timing-function: ease-in-out; }
  75% { transform: scale(0.5); }
  100% { transform: scale(0.5); }
}`;

function App() {
  return (
    <main>
      <style>{css}</style>
      <div className="bench-breath" aria-hidden="true" />
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
