import "@attune/react/styles.css";
import { mountPage } from "../../shared/mount";

mountPage("Attune on Vite + React 18.2");
