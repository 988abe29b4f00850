import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import "../../packages/core/src/styles.css";

afterEach(() => cleanup());

// Lazily loaded chunks (plan form, review dialog, lean step) can take longer than
// testing-library's default second to arrive on a busy 2-core CI machine; passing tests are
// not slowed by a longer ceiling.
configure({ asyncUtilTimeout: 5000 });
