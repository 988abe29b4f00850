"use client";
import { useEffect } from "react";

/** Marks the document once React has hydrated, so the test knows when to start typing. */
export function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
