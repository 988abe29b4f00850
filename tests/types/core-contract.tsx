// Type-level tests for core's side of the widget contract: checked by the root typecheck
// (`tsc -p tsconfig.json`), where every `@ts-expect-error` must meet an error.
import * as React from "react";
import {
  AttuneProvider,
  animateElement,
  isIsoDate,
  parseDirection,
  type AttuneErrorCode,
  type AttuneMessages,
  type Direction,
  type IsoDate,
  type IsoTime,
  type Message,
} from "@attune/core";

// A package adds its keys the way every widget package does.
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<"typetest.greeting" | "typetest.count", Message>> {}
}

export const provider = [
  <AttuneProvider key="1" messages={{ "typetest.greeting": "Hello", "typetest.count": { one: "{count} day", other: "{count} days" } }} />,
  // @ts-expect-error a misspelt key at the provider is a compile error
  <AttuneProvider key="2" messages={{ "typetest.greting": "Hello" }} />,
  // @ts-expect-error a message is text or plural forms with `other`
  <AttuneProvider key="3" messages={{ "typetest.greeting": 5 }} />,
  // @ts-expect-error plural forms need `other`
  <AttuneProvider key="4" messages={{ "typetest.count": { one: "{count} day" } }} />,
];

// One package's bundle passes as it is, whatever else is (not yet) installed.
const oneBundle: Record<"other-package.title", Message> = { "other-package.title": "Title" };
export const bundle = <AttuneProvider messages={oneBundle} />;
export const keyOfMessages: keyof AttuneMessages = "typetest.greeting";

export const date: IsoDate = "2026-03-08";
// @ts-expect-error an IsoDate is YYYY-MM-DD
export const badDate: IsoDate = "8 March 2026";
export const time: IsoTime = "19:30";
// @ts-expect-error an IsoTime is HH:MM
export const badTime: IsoTime = "7.30pm";
export function narrow(value: unknown): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}

export const codes: AttuneErrorCode[] = [
  "storage-read",
  "storage-write",
  "storage-corrupt",
  "invalid-prop",
  "invalid-data",
  "callback-rejected",
  "invalid-time-zone",
  "invalid-date",
];
// @ts-expect-error only listed codes
export const badCode: AttuneErrorCode = "oops";

export const dir: Direction | undefined = parseDirection("rtl");

export async function motion(el: HTMLElement) {
  const a = animateElement(el, { opacity: [0, 1] }, { duration: 0.2, ease: "easeOut", reduced: false });
  a.pause();
  a.time = 0.1;
  a.play();
  a.stop();
  await a;
  await a.finished;
  // @ts-expect-error the motion policy is required: pass useReducedMotion()
  animateElement(el, { opacity: 1 }, { duration: 0.2 });
}

export const _react = React;
