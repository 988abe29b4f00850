// The umbrella: every Attune package in one import. Adding a widget is one line here
// (plus one line in each locale file and in package.json).
export * from "@attune/core";
export * from "@attune/needs-spectrum";
export * from "@attune/reassurance-composer";
export * from "@attune/ritual-planner";
export * from "@attune/breathing";
export * from "@attune/curiosity-deck";
export * from "@attune/guided-practice";
export * from "@attune/village-audit";
export * from "@attune/reflection";
export * from "@attune/loop-map";
export * from "@attune/body-check-in";
