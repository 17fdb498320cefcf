import { join } from "node:path";
import { runPlan } from "../src/cli/plan";

// `npm start` on a fresh machine: plan the built-in Maria example and print the result.
runPlan({ input: join(__dirname, "../examples/maria.json"), json: false })
  .then((text) => console.log(text))
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
