import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import "../../packages/core/src/styles.css";

afterEach(() => cleanup());
