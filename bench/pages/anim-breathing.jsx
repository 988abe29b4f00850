// BreathingGuide running the box pattern (4-4-4-4), the same shape as anim-css. The host
// asks it to start (autoStart), as a page does after the person pressed start elsewhere.
import { createRoot } from "react-dom/client";
import { AttuneProvider } from "@attune/core";
import { BreathingGuide } from "@attune/breathing";
import { markReady } from "./harness.js";

function App() {
  return (
    <AttuneProvider reducedMotion="never">
      <main>
        <BreathingGuide pattern="box" duration={600} autoStart />
      </main>
    </AttuneProvider>
  );
}

createRoot(document.getElementById("root")).render(<App />);
markReady();
