// Lint rules, including the one-way imports of DESIGN.md: shared ↛ main/renderer, renderer ↛ main, main ↛ renderer,
// and nothing outside main/app may import electron (the CLI, store and jobs run under plain Node).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";

export default tseslint.config(
  { ignores: ["node_modules/", "out/", "dist/", "test-results/", "playwright-report/", ".bench/", ".scratch/", ".scratch*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".tsx", ".mjs", ".js"] } } },
    languageOptions: {
      globals: {
        process: "readonly", Buffer: "readonly", console: "readonly", URL: "readonly", performance: "readonly",
        setTimeout: "readonly", clearTimeout: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", AbortController: "readonly",
        window: "readonly", document: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./shared", from: ["./main", "./renderer"], message: "shared/ is pure: it imports nothing of ours." },
            { target: "./renderer", from: "./main", message: "The renderer talks to main only through window.casemark (shared/ipc.ts)." },
            { target: "./main", from: "./renderer", message: "main never imports the renderer." },
          ],
        },
      ],
    },
  },
  {
    files: ["main/**/*.ts", "shared/**/*.ts", "renderer/**/*.ts", "renderer/**/*.tsx", "test/**/*.ts", "scripts/**/*.mjs", "bin/**/*.mjs"],
    ignores: ["main/app/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "electron", message: "Only main/app may import electron; everything else runs under plain Node." }] }],
    },
  },
);
