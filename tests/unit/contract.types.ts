/**
 * The widget contract, checked by the type checker (CONTRIBUTING.md, "The widget contract").
 * `pnpm test` type-checks this file: a rendered part that does not forward its ref or take
 * the rest of its DOM props, or a stateful widget without its value triple, is a compile
 * error naming the export.
 */
import type * as React from "react";
import type * as Attune from "@attune/react";

/** Exports that render something: capitalised, and a function or an exotic component. */
/* eslint-disable @typescript-eslint/no-explicit-any -- a type-level test matches components of any props */
type ComponentKeys<M> = {
  [K in keyof M]: K extends string
    ? K extends Capitalize<K>
      ? M[K] extends React.ExoticComponent<any> | ((props: any) => React.ReactNode)
        ? K
        : never
      : never
    : never;
}[keyof M];

/** A part forwards its ref and accepts the rest of its element's props. */
type IsPart<C> =
  C extends React.ForwardRefExoticComponent<infer P>
    ? "ref" extends keyof P
      ? "className" extends keyof P
        ? "id" extends keyof P
          ? true
          : false
        : false
      : false
    : false;

/** Components that render no element of their own (context providers, Radix's dialog root). */
type NoElement = "AttuneProvider" | "AttuneContext" | "Dialog";

type PartViolations<M> = { [K in Exclude<ComponentKeys<M>, NoElement>]: IsPart<M[K]> extends true ? never : K }[Exclude<
  ComponentKeys<M>,
  NoElement
>];

type PropsOf<C> = C extends React.ComponentType<infer P> ? P : C extends React.ExoticComponent<infer P> ? P : never;
type HasTriple<C, N extends string> = [N, `default${Capitalize<N>}`, `on${Capitalize<N>}Change`][number] extends keyof PropsOf<C>
  ? true
  : false;

type Expect<T extends true> = T;

// Every rendered part of every package (through the umbrella, which re-exports them all).
export type EveryPartForwardsRefAndRest = Expect<[PartViolations<typeof Attune>] extends [never] ? true : false>;
// When this fails, hover the type: it lists the exports that break the contract.
export type PartsBreakingTheContract = PartViolations<typeof Attune>;

// Stateful widgets expose every piece of state a host may own as a triple.
export type StatefulTriples = [
  Expect<HasTriple<typeof Attune.NeedsSpectrum, "value">>,
  Expect<HasTriple<typeof Attune.NeedsProfile, "value">>,
  Expect<HasTriple<typeof Attune.ReassuranceComposer, "value">>,
  Expect<HasTriple<typeof Attune.RitualPlanner, "value">>,
  Expect<HasTriple<typeof Attune.RitualPlanner, "view">>,
  Expect<HasTriple<typeof Attune.BreathingGuide, "status">>,
];

// The checker itself can fail: a plain function component and a triple-less widget are caught.
declare const _fake: {
  Closed: (props: { title: string }) => React.ReactNode;
  Open: React.ForwardRefExoticComponent<React.HTMLAttributes<HTMLDivElement> & React.RefAttributes<HTMLDivElement>>;
};
// @ts-expect-error Closed neither forwards a ref nor takes rest props
export type CatchesClosedParts = Expect<[PartViolations<typeof _fake>] extends [never] ? true : false>;
export type NamesTheClosedPart = Expect<PartViolations<typeof _fake> extends "Closed" ? true : false>;
// @ts-expect-error Open has no value triple
export type CatchesMissingTriple = Expect<HasTriple<typeof _fake.Open, "value">>;
