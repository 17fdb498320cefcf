import {
  activationItems,
  blockingItems,
  type ActivationItem,
} from "../../core/lifecycle/activation";
import { localTime } from "../../core/messages/zone";
import type { SupportMap } from "../../core/model";
import { SETTINGS_SHEET } from "../../sheets/columns";
import { readMap } from "../../sheets/read-map";
import type { Activation } from "../../shared/panel-types";
import { now } from "../platform/clock";
import { withDocumentLock } from "../platform/lock";
import { readMapSheets } from "../platform/map-sheets";
import { answer } from "../platform/rpc";
import { writeSettings } from "../platform/settings-cells";
import { services } from "../platform/services";
import { activeSpreadsheet } from "../platform/spreadsheet";

// The activation step: a prepared map sends nothing; Activate checks the guide's list and only
// then sets Map state to active. A closed map cannot be activated again from here (its forms
// and trigger are gone); the coordinator can set it by hand if they truly mean to.

function readNow(): { map: SupportMap; items: ActivationItem[] } {
  const read = readMapSheets(activeSpreadsheet());
  const today = localTime(now().getTime(), read.timeZone).date;
  const { map, errors } = readMap(read.values, { timeZone: read.timeZone, today });
  const endDateWritten = !errors.some((e) => e.sheet === SETTINGS_SHEET && e.column === "End date");
  const localToday = localTime(now().getTime(), map.settings.timeZone).date;
  return { map, items: activationItems({ map, today: localToday, endDateWritten }) };
}

function said(items: ActivationItem[], head: string): string {
  const lines = items.filter((i) => !i.ready).map((i) => `${i.label}: ${i.todo}`);
  return [head, ...lines].join("\n\n");
}

function activation(map: SupportMap, items: ActivationItem[], message: string): Activation {
  return {
    state: map.settings.mapState ?? "active",
    items: items.map((i) => ({ ...i })),
    canActivate: blockingItems(items).length === 0,
    message,
  };
}

/** What activating would need, without changing anything. */
export function checkActivation(): Activation {
  const { map, items } = readNow();
  const state = map.settings.mapState ?? "active";
  const blocking = blockingItems(items);
  const message =
    state === "closed"
      ? "The map is closed. Nothing is sent and its forms accept no answers."
      : state === "active"
        ? "The map is active: briefs and check-ins go out."
        : blocking.length
          ? said(items, `The map is prepared and sends nothing yet. Before activating it:`)
          : said(
              items,
              "Everything is ready. Activate the map when you want briefs and check-ins to go out.",
            );
  return activation(map, items, message);
}

/** Sets Map state to active when every required item is ready; otherwise says what is missing. */
export function activateMapNow(): Activation {
  return withDocumentLock(() => {
    const { map, items } = readNow();
    const state = map.settings.mapState ?? "active";
    if (state === "active")
      return activation(map, items, said(items, "The map is already active."));
    if (state === "closed")
      return activation(
        map,
        items,
        "The map is closed, so it was not activated. To support someone again, start a new map (Set up support map in a new spreadsheet).",
      );
    const blocking = blockingItems(items);
    if (blocking.length)
      return activation(map, items, said(items, "The map was not activated. Still to do:"));
    writeSettings(activeSpreadsheet(), { mapState: "active" });
    services().spreadsheetApp.flush();
    const activated = { ...map, settings: { ...map.settings, mapState: "active" as const } };
    return activation(
      activated,
      items,
      said(
        items,
        "The map is active. Next: Plan, then send the briefs and turn on scheduled messages.",
      ),
    );
  });
}

export function getActivation(...args: unknown[]): Activation {
  return answer("getActivation", args, () => checkActivation());
}

export function activateMap(...args: unknown[]): Activation {
  return answer("activateMap", args, () => activateMapNow());
}

export function menuActivateMap(): void {
  const ui = services().spreadsheetApp.getUi();
  const check = checkActivation();
  if (check.state !== "prepared") {
    ui.alert("Activate the map", check.message, ui.ButtonSet.OK);
    return;
  }
  ui.alert("Activate the map", activateMapNow().message, ui.ButtonSet.OK);
}
