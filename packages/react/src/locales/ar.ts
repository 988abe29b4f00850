// Every package's ar messages merged into one bundle for <AttuneProvider messages={ar}>.
import { ar as core } from "@attune/core/locales/ar";
import { ar as needsSpectrum } from "@attune/needs-spectrum/locales/ar";
import { ar as reassuranceComposer } from "@attune/reassurance-composer/locales/ar";
import { ar as ritualPlanner } from "@attune/ritual-planner/locales/ar";
import { ar as breathing } from "@attune/breathing/locales/ar";
import { ar as bodyCheckIn } from "@attune/body-check-in/locales/ar";

export const ar = { ...core, ...needsSpectrum, ...reassuranceComposer, ...ritualPlanner, ...breathing, ...bodyCheckIn };
