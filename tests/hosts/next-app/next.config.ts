import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  // This app sits inside the Attune monorepo; keep Next from treating the repo as its root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
};

export default config;
