import { beforeAll } from "vitest";
import { setProjectAnnotations } from "@storybook/react-vite";
import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { MotionGlobalConfig } from "framer-motion";
import * as previewAnnotations from "./preview";
import "./test-no-animation.css";

// axe must measure contrast on final states, not mid-animation: animations are skipped in
// the story tests. Motion itself is tested in each widget's own browser tests.
MotionGlobalConfig.skipAnimations = true;

const annotations = setProjectAnnotations([a11yAnnotations, previewAnnotations]);
beforeAll(annotations.beforeAll);
