import { animateElement } from "@attune/core";

/**
 * The loop picture's motion, loaded when a picture is first drawn under full motion (never
 * under reduced motion): the arcs are drawn one by one, then a dot flows slowly around the
 * ring, transform and opacity only. Returns a stop function that leaves the arcs drawn.
 */
export function animateLoop(svg: SVGSVGElement): () => void {
  const arcs = [...svg.querySelectorAll("[data-attune-part=arc]")].map((arc, i) =>
    animateElement(arc, { opacity: [0, 1] }, { duration: 0.6, delay: i * 0.35, reduced: false }),
  );
  const flow = svg.querySelector("[data-attune-part=flow]");
  let alive = true;
  let run: ReturnType<typeof animateElement> | undefined;
  const spin = () => {
    const started = Date.now();
    run = animateElement(flow!, { transform: ["rotate(0deg)", "rotate(360deg)"] }, { duration: 24, ease: "linear", reduced: false });
    // Go round again only after a real turn (an instant finish means motion is skipped).
    void run.finished.then(() => alive && Date.now() - started > 1000 && spin());
  };
  if (flow) spin();
  return () => {
    alive = false;
    run?.stop();
    for (const arc of arcs) arc.complete();
  };
}
