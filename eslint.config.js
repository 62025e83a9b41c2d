/**
 * ESLint (flat config): typescript-eslint's recommended rules everywhere, the Office add-in rules
 * (eslint-plugin-office-addins: load before read, sync before read, no sync in loops) where Office.js
 * is used, and the architecture rule: only src/excel may touch Office.js (SPEC §3).
 */
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const OFFICE_GLOBALS = [
  { name: "Excel", message: "Only src/excel touches Office.js: go through WorkbookPort." },
  { name: "Office", message: "Only src/excel touches Office.js: go through WorkbookPort." },
  { name: "OfficeExtension", message: "Only src/excel touches Office.js: go through WorkbookPort." },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-*", "@fluentui/*", "exceljs", "hyperformula", "fs", "path", "node:*", "../../excel/*", "../../taskpane/*"], message: "src/rules stays pure: no UI, Office, file or engine imports." }] },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}", "**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
);
