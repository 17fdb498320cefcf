import { createAppsScriptEnv } from "../../src/fakes";
import { readQueue, writeQueue } from "../../src/server/messages/brief-queue";

// The briefs the quota held back are kept in document properties, where a value holds at most
// 9 KB (the fake refuses more, as Google does): a queue of 1,000 helpers must still fit.

function store() {
  const env = createAppsScriptEnv({ timeZone: "Etc/UTC", now: "2026-12-07T09:00:00Z" });
  const props = env.globals.PropertiesService.getDocumentProperties();
  if (!props) throw new Error("the fake has no document properties");
  return props;
}

const names = (n: number, prefix = "helper") =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i} with a fairly long family name`);

test("a queue of 1,000 helpers is kept in parts under 9 KB and read back in order", () => {
  const props = store();
  const queue = names(1000);
  // As one value it would not fit.
  expect(() => props.setProperty("whole", JSON.stringify(queue))).toThrow(/too large/i);
  writeQueue(props, queue);
  const stored = props.getProperties();
  expect(Object.keys(stored).length).toBeGreaterThan(4);
  for (const value of Object.values(stored))
    expect(Buffer.byteLength(value, "utf8")).toBeLessThanOrEqual(9 * 1024);
  expect(readQueue({ props })).toEqual(queue);
});

test("names in other scripts count their UTF-8 bytes", () => {
  const props = store();
  const queue = names(600, "Ἀθηνᾶ 李小龍");
  writeQueue(props, queue);
  for (const value of Object.values(props.getProperties()))
    expect(Buffer.byteLength(value, "utf8")).toBeLessThanOrEqual(9 * 1024);
  expect(readQueue({ props })).toEqual(queue);
});

test("a shorter queue leaves no old parts behind, and an empty one removes it", () => {
  const props = store();
  writeQueue(props, names(1000));
  writeQueue(props, ["ana ruiz"]);
  expect(props.getProperties()).toEqual({ "sm.briefs.queue": JSON.stringify(["ana ruiz"]) });
  writeQueue(props, []);
  expect(props.getProperties()).toEqual({});
  expect(readQueue({ props })).toEqual([]);
});

test("a queue stored before parts existed is read as it was", () => {
  const props = store();
  props.setProperty("sm.briefs.queue", JSON.stringify(["ana ruiz", "ben okafor"]));
  expect(readQueue({ props })).toEqual(["ana ruiz", "ben okafor"]);
});
