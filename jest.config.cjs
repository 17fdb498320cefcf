/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // src/ is a root too, so coverage lists the files no test loads (at 0%), not only those some test does.
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          ignoreDeprecations: "6.0",
          isolatedModules: true,
        },
      },
    ],
  },
  testTimeout: 60000,
  // Builds dist/ once before every run, so no test reads an old bundle.
  globalSetup: "<rootDir>/test/global-setup.ts",
  // `npx jest --coverage` measures src/ only, the sidebar (src/client) included. Test helpers are
  // not instrumented: functions they hand to the browser (page.evaluate, waitForFunction) must
  // run there as written, without istanbul's counters.
  collectCoverageFrom: ["src/**/*.ts", "!src/**/*.d.ts"],
};
