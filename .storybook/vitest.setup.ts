import { beforeAll } from "vitest";
import { setProjectAnnotations } from "@storybook/react-vite";
import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { MotionGlobalConfig } from "framer-motion";
import { configure } from "storybook/test";
import * as previewAnnotations from "./preview";
import "./test-no-animation.css";

// axe must measure contrast on final states, not mid-animation: animations are skipped in
// the story tests. Motion itself is tested in each widget's own browser tests.
MotionGlobalConfig.skipAnimations = true;

// Dialogs, date pickers and the lean step load their code when a person acts (dynamic
// imports); on a busy 2-core CI machine the test server can take longer than testing-library's
// default second to serve such a chunk the first time. A passing story is not slowed by this.
configure({ asyncUtilTimeout: 5000 });

const annotations = setProjectAnnotations([a11yAnnotations, previewAnnotations]);
beforeAll(annotations.beforeAll);
