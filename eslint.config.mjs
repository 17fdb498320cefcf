import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The rooms of src/ and which way the arrows point (README, "Architecture"). Each folder may
// import only from the folders listed for it; a wrong-way import fails `npm run lint`.
const ROOMS = [
  "core",
  "sheets",
  "server",
  "client",
  "shared",
  "gas",
  "fakes",
  "examples",
  "cli",
  "playground",
];
const MAY_IMPORT = {
  core: ["core"],
  sheets: ["core", "sheets"],
  examples: ["core", "sheets", "examples"],
  gas: ["gas"],
  fakes: ["fakes", "gas"],
  shared: ["shared", "core"],
  client: ["client", "shared"],
  server: ["server", "core", "sheets", "shared", "gas", "examples"],
};

// Apps Script's services exist only in src/server (and in the fakes that stand in for them).
const APPS_SCRIPT_GLOBALS = [
  "SpreadsheetApp",
  "FormApp",
  "MailApp",
  "GmailApp",
  "ScriptApp",
  "PropertiesService",
  "LockService",
  "CacheService",
  "HtmlService",
  "Session",
  "Utilities",
  "UrlFetchApp",
  "DriveApp",
  "CalendarApp",
  "Logger",
];

function layer(room) {
  const allowed = MAY_IMPORT[room];
  // Shared may take types from sheets (below), so sheets is not in its list of rooms to refuse.
  const forbidden = ROOMS.filter(
    (r) => !allowed.includes(r) && !(room === "shared" && r === "sheets"),
  );
  const patterns = [
    {
      group: forbidden.flatMap((r) => [`**/${r}/**`, `../${r}`, `../../${r}`]),
      message: `src/${room} may import only from ${allowed.map((r) => `src/${r}`).join(", ")}: the arrows point inward, toward core (README, "Architecture").`,
    },
  ];
  // Shared is the contract with the sidebar: types from anywhere inward, values from core only.
  if (room === "shared")
    patterns.push({
      group: ["**/sheets/**"],
      allowTypeImports: true,
      message:
        "src/shared may import types from src/sheets, never values: the sidebar bundles shared.",
    });
  const rules = {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
  };
  if (["core", "sheets", "shared", "client", "examples"].includes(room))
    rules["no-restricted-globals"] = [
      "error",
      ...APPS_SCRIPT_GLOBALS.map((name) => ({
        name,
        message: `${name} is Apps Script: only src/server talks to Google, through src/server/platform/services.ts.`,
      })),
    ];
  return { files: [`src/${room}/**/*.ts`], rules };
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/", "*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  ...Object.keys(MAY_IMPORT).map(layer),
);
