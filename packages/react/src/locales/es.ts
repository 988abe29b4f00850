// Every package's es messages merged into one bundle for <AttuneProvider messages={es}>.
import { es as core } from "@attune/core/locales/es";
import { es as needsSpectrum } from "@attune/needs-spectrum/locales/es";
import { es as reassuranceComposer } from "@attune/reassurance-composer/locales/es";
import { es as ritualPlanner } from "@attune/ritual-planner/locales/es";
import { es as breathing } from "@attune/breathing/locales/es";
import { es as bodyCheckIn } from "@attune/body-check-in/locales/es";

export const es = { ...core, ...needsSpectrum, ...reassuranceComposer, ...ritualPlanner, ...breathing, ...bodyCheckIn };
