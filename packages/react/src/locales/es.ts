// Every package's es messages merged into one bundle for <AttuneProvider messages={es}>.
import { es as core } from "@attune/core/locales/es";
import { es as needsSpectrum } from "@attune/needs-spectrum/locales/es";
import { es as reassuranceComposer } from "@attune/reassurance-composer/locales/es";
import { es as ritualPlanner } from "@attune/ritual-planner/locales/es";
import { es as breathing } from "@attune/breathing/locales/es";
import { es as curiosityDeck } from "@attune/curiosity-deck/locales/es";
import { es as guidedPractice } from "@attune/guided-practice/locales/es";
import { es as villageAudit } from "@attune/village-audit/locales/es";
import { es as reflection } from "@attune/reflection/locales/es";
import { es as loopMap } from "@attune/loop-map/locales/es";
import { es as bodyCheckIn } from "@attune/body-check-in/locales/es";

export const es = { ...core, ...needsSpectrum, ...reassuranceComposer, ...ritualPlanner, ...breathing, ...curiosityDeck, ...guidedPractice, ...villageAudit, ...reflection, ...loopMap, ...bodyCheckIn };
