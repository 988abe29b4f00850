// No global CSS import here: the stylesheet's URL goes into the shadow root instead.
import cssUrl from "@attune/react/styles.css?url";
import { mountShadowPage } from "../../shared/mount";

mountShadowPage(cssUrl);
