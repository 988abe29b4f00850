// `process.env.NODE_ENV` as every host bundler replaces it: development-only code is written
// `if (process.env.NODE_ENV !== "production") …` so a production build drops it, messages and all.
// (React itself reads the same expression, so any page that runs these widgets defines it.)
declare const process: { env: { NODE_ENV?: string } };
