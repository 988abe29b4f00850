import "@attune/react/styles.css";
import { mountCspPage } from "../../shared/mount";

mountCspPage("Attune on Vite + React 19");
