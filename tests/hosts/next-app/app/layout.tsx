// The CSS import: one line in the root layout, all of Attune's styles.
import "@attune/react/styles.css";
import "./host.css";
import type { ReactNode } from "react";

export const metadata = { title: "Attune host: Next.js App Router" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
