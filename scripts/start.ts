import { startPlayground } from "../src/playground/server";

// `npm start`: the local playground. Builds dist/ if it is stale, then serves the coordinator
// panel beside the example's sheets, all in memory, on http://localhost:8080 (or $PORT).

const port = process.env.PORT ? Number(process.env.PORT) : 8080;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(1);
}

startPlayground({ port, host: process.env.HOST ?? "127.0.0.1" })
  .then((playground) => {
    console.log(`Support Map playground: ${playground.url}`);
    console.log(
      "Open it in a browser. Ctrl+C stops it; your map stays in that browser (File › Download as .xlsx keeps a copy).",
    );
    const stop = () => {
      void playground.close().then(() => process.exit(0));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  })
  .catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(
      /EADDRINUSE/.test(message)
        ? `Port ${port} is in use. Try another: PORT=8081 npm start`
        : message,
    );
    process.exitCode = 1;
  });
