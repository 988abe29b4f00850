// Every package's ar messages merged into one bundle for <AttuneProvider messages={ar}>.
import { ar as core } from "@attune/core/locales/ar";
import { ar as needsSpectrum } from "@attune/needs-spectrum/locales/ar";
import { ar as reassuranceComposer } from "@attune/reassurance-composer/locales/ar";
import { ar as ritualPlanner } from "@attune/ritual-planner/locales/ar";
import { ar as breathing } from "@attune/breathing/locales/ar";
import { ar as curiosityDeck } from "@attune/curiosity-deck/locales/ar";
import { ar as guidedPractice } from "@attune/guided-practice/locales/ar";
import { ar as villageAudit } from "@attune/village-audit/locales/ar";
import { ar as reflection } from "@attune/reflection/locales/ar";
import { ar as loopMap } from "@attune/loop-map/locales/ar";
import { ar as bodyCheckIn } from "@attune/body-check-in/locales/ar";

export const ar = { ...core, ...needsSpectrum, ...reassuranceComposer, ...ritualPlanner, ...breathing, ...curiosityDeck, ...guidedPractice, ...villageAudit, ...reflection, ...loopMap, ...bodyCheckIn };
