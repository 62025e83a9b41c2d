/** Jest: unit, component (jsdom) and adapter tests. Transpiles with swc; types are checked by `tsc --noEmit`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/test/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" },
        module: { type: "commonjs" },
      },
    ],
  },
  // office-addin-mock pulls ESM-only packages through office-addin-manifest; it only needs an enum from it.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts" },
  setupFiles: ["<rootDir>/test/setup.ts"],
  // Tests that spawn bin/gxdc.js need the CLI compiled from the current sources.
  globalSetup: "<rootDir>/test/helpers/compileCli.js",
};
