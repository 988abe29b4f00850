// The keyboard rounds' baseline: a focusable element that handles nothing. Its numbers are
// the cost of the test driver's key presses and an empty frame, the floor under every slider.
import { createRoot } from "react-dom/client";
import { markReady } from "./harness.js";

function App() {
  return (
    <main style={{ padding: 40 }}>
      <div data-bench-target tabIndex={0} onKeyDown={() => (window.__benchChanges += 1)} style={{ inlineSize: 320, blockSize: 24 }}>
        Nothing changes here
      </div>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
