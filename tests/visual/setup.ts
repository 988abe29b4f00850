// The visual project renders stories with Storybook's portable stories (composeStories) and
// the project's own preview (decorators, globals), in Chromium, without animations and in a
// pinned system font, so a picture only changes when the styles or the markup do.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { setProjectAnnotations } from "@storybook/react-vite";
import { MotionGlobalConfig } from "framer-motion";
import * as previewAnnotations from "../../.storybook/preview";
import "../../.storybook/test-no-animation.css";
import "./visual.css";

MotionGlobalConfig.skipAnimations = true;
setProjectAnnotations([previewAnnotations]);
afterEach(() => cleanup());
