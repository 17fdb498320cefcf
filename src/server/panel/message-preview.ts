import { addDays } from "../../core/dates";
import { dayWords } from "../../core/messages/change";
import {
  alertId,
  CHECK_IN_AT,
  checkInDates,
  checkInId,
  DAILY_AT,
  dailyId,
  dueMessages,
  quietReason,
} from "../../core/messages/due";
import { REMIND_AT } from "../../core/messages/reminder";
import { between, type RosterEntry } from "../../core/messages/roster";
import { localTime } from "../../core/messages/zone";
import type { IsoDate, Person } from "../../core/model";
import { nameKey } from "../../core/problem";
import type { PropertiesApi } from "../../gas/gas";
import type { MessageKind, MessagePreview, PreviewedMail } from "../../shared/panel-types";
import { looksLikeEmail } from "../../sheets/cells";
import { PEOPLE_SHEET } from "../../sheets/columns";
import { LINK_MADE_WHEN_SENT } from "../forms/change-form";
import { changedPeople, composeBrief, mayBrief, readQueue } from "../messages/briefs";
import { BRIEFS_EVERYONE_BUTTON, TELL_WHAT_CHANGED_BUTTON } from "../../shared/send-questions";
import { composeChange, mayTell } from "../messages/change-messages";
import { stepInAutomatically } from "../messages/change-plan";
import { composeCoordinatorNote, coordinatorNoteId } from "../messages/coordinator-note";
import { composeCheckIn, composeDailySummary, composeGapAlert } from "../messages/dispatcher";
import { mailArguments, type Outgoing } from "../messages/mail-run";
import { composeReminders, remindersOn } from "../messages/reminders";
import { openSession, sentCalendars, type MessageSession } from "../messages/session";
import { composeStepInAsk } from "../messages/step-in-ask";
import { answer, PanelError } from "../platform/rpc";

// "See it before it goes": any message, built by the very code that sends it (the compose…
// functions beside each sender) and turned into MailApp's arguments by the same mailArguments,
// so what the panel shows is what MailApp would be given. A preview session makes no form, no
// link code and no record: it sends nothing, writes no cell and no property (its properties are
// a copy that forgets every write), and it is never closed, so no Log line and no Briefed stamp.

const PREVIEW_ID = "preview";

/** The kinds that are about one helper: the panel offers a helper to pick. */
const ABOUT_A_HELPER = new Set<MessageKind>(["brief", "change", "reminder", "standby", "step-in"]);

/** Document properties for a preview: read through, written nowhere. */
function forgetfulProperties(real: PropertiesApi): PropertiesApi {
  const written = new Map<string, string | null>();
  const all = (): Record<string, string> => {
    const out = { ...real.getProperties() };
    for (const [k, v] of written) {
      if (v === null) delete out[k];
      else out[k] = v;
    }
    return out;
  };
  const api: PropertiesApi = {
    getProperty: (key) => (written.has(key) ? (written.get(key) ?? null) : real.getProperty(key)),
    getProperties: all,
    getKeys: () => Object.keys(all()),
    setProperty: (key, value) => {
      written.set(key, value);
      return api;
    },
    setProperties: (values, deleteAllOthers) => {
      if (deleteAllOthers) for (const k of Object.keys(all())) written.set(k, null);
      for (const [k, v] of Object.entries(values)) written.set(k, v);
      return api;
    },
    deleteProperty: (key) => {
      written.set(key, null);
      return api;
    },
    deleteAllProperties: () => {
      for (const k of Object.keys(all())) written.set(k, null);
      return api;
    },
  };
  return api;
}

function previewSession(): MessageSession {
  const session = openSession();
  session.preview = true;
  session.props = forgetfulProperties(session.props);
  return session;
}

function mailOf(session: MessageSession, out: Outgoing): PreviewedMail {
  const args = mailArguments(out, session.run.senderName);
  return {
    toName: out.toName,
    to: args.to,
    from: args.name,
    replyTo: args.replyTo ?? "",
    subject: args.subject,
    body: args.body,
    htmlBody: args.htmlBody,
    attachments: args.attachments.map((a) => ({
      name: a.name,
      contentType: a.contentType,
      text: a.content,
    })),
  };
}

const hour = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const same = (a: Person, b: Person) => nameKey(a.name) === nameKey(b.name);

/** Helpers the coordinator can pick: anyone with tasks, or with a calendar they were sent. */
function helpersWithTasks(session: MessageSession): Person[] {
  const calendars = sentCalendars(session);
  const held = new Set(
    session.roster.entries
      .filter((e) => e.date >= session.today)
      .flatMap((e) => [...e.primaries, ...e.backups])
      .map((p) => nameKey(p.name)),
  );
  return session.map.people.filter(
    (p) =>
      p.status.kind !== "do not involve" &&
      p.name.trim() !== "" &&
      (held.has(nameKey(p.name)) || calendars.has(nameKey(p.name))),
  );
}

/** The helper's next visits from `from` on, as main helper or as backup. */
function nextEntries(
  session: MessageSession,
  person: Person,
  role: "primary" | "backup",
  from: IsoDate,
): RosterEntry[] {
  return session.roster.entries
    .filter((e) => e.date >= from)
    .filter((e) => (role === "primary" ? e.primaries : e.backups).some((p) => same(p, person)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function pickHelper(
  session: MessageSession,
  kind: MessageKind,
  helpers: Person[],
  asked: string | undefined,
): Person | undefined {
  if (asked !== undefined) {
    const found = helpers.find((p) => nameKey(p.name) === nameKey(asked));
    if (!found)
      throw new PanelError(
        `"${asked}" is not among the helpers with tasks on this map. Pick one from the list; if they were just added, plan first.`,
      );
    return found;
  }
  const suits = (p: Person) =>
    kind === "standby" || kind === "step-in"
      ? nextEntries(session, p, "backup", session.today).length > 0
      : kind === "reminder"
        ? nextEntries(session, p, "primary", addDays(session.today, 1)).length > 0
        : true;
  return helpers.find(suits) ?? helpers[0];
}

interface Found {
  status: string;
  sendsNow: boolean;
  notes?: string[];
  out?: Outgoing;
  /** Several go together: that evening's reminders to one helper, or the alerts due now. */
  more?: Outgoing[];
}

function linkNotes(out: Outgoing | undefined): string[] {
  return out && out.message.text.includes(LINK_MADE_WHEN_SENT)
    ? [
        `${LINK_MADE_WHEN_SENT} stands for a link the first send makes (the form, or this person's own code); everything else is exactly as it will be sent.`,
      ]
    : [];
}

function noEmail(person: Person): string {
  return `${person.name.trim()} has no usable Email on ${PEOPLE_SHEET} (row ${person.row}: "${person.email}"), so nothing can be sent to them.`;
}

function brief(session: MessageSession, person: Person): Found {
  const name = person.name.trim();
  const out = composeBrief(session, person, PREVIEW_ID).out;
  if (!mayBrief(person))
    return {
      status: `${name} is marked ${person.status.kind}: no brief is sent.`,
      sendsNow: false,
    };
  if (!looksLikeEmail(person.email.trim()))
    return { status: noEmail(person), sendsNow: false, out };
  const upcoming =
    nextEntries(session, person, "primary", session.today).length +
    nextEntries(session, person, "backup", session.today).length;
  if (!upcoming)
    return { status: `${name} has no upcoming tasks, so no brief is sent.`, sendsNow: false, out };
  const key = nameKey(person.name);
  if (readQueue(session).includes(key))
    return {
      status: `${name}'s brief waits for email quota: the next hourly run (scheduled messages on), ${TELL_WHAT_CHANGED_BUTTON} or ${BRIEFS_EVERYONE_BUTTON} sends it first.`,
      sendsNow: true,
      out,
    };
  if (!sentCalendars(session).has(key) && changedPeople(session).has(key))
    return {
      status: `Sent when you press ${TELL_WHAT_CHANGED_BUTTON} or ${BRIEFS_EVERYONE_BUTTON}: ${name} has not had a brief yet.`,
      sendsNow: true,
      out,
    };
  return {
    status: composeChange(session, person)
      ? `Sent when you press ${BRIEFS_EVERYONE_BUTTON}. ${name}'s tasks changed since they were last told, but ${TELL_WHAT_CHANGED_BUTTON} sends them only what changed (preview "what changed").`
      : `Sent when you press ${BRIEFS_EVERYONE_BUTTON}. Nothing changed for ${name} since the last brief, so ${TELL_WHAT_CHANGED_BUTTON} skips them.`,
    sendsNow: true,
    out,
  };
}

function change(session: MessageSession, person: Person): Found {
  const name = person.name.trim();
  if (!mayTell(person)) return { status: noEmail(person), sendsNow: false };
  const key = nameKey(person.name);
  if (readQueue(session).includes(key))
    return {
      status: `${name}'s brief waits for email quota: it goes first, so no separate change message is sent.`,
      sendsNow: false,
    };
  const started = sentCalendars(session).size > 0;
  if (!started) {
    const first = composeChange(session, person);
    return {
      status: `No brief has been sent yet, so the hourly run sends no change messages. ${TELL_WHAT_CHANGED_BUTTON} or ${BRIEFS_EVERYONE_BUTTON} sends ${name} ${first ? "this, their first brief" : "nothing: they have no tasks"}.`,
      sendsNow: false,
      ...(first ? { out: first.out } : {}),
    };
  }
  const composed = composeChange(session, person);
  if (!composed)
    return {
      status: `Nothing changed for ${name} since their last brief: no message is sent.`,
      sendsNow: false,
    };
  return {
    status: composed.whole
      ? `${name} has had no brief yet: ${TELL_WHAT_CHANGED_BUTTON} sends their whole brief now, or the next hourly run (scheduled messages on) does.`
      : `${TELL_WHAT_CHANGED_BUTTON} sends ${name} only what changed now, or the next hourly run (scheduled messages on) does.`,
    sendsNow: true,
    out: composed.out,
  };
}

function reminder(session: MessageSession, person: Person, kind: "reminder" | "standby"): Found {
  const name = person.name.trim();
  const role = kind === "reminder" ? "primary" : "backup";
  const label = kind === "reminder" ? "Day-before reminders" : "Standby notes to backups";
  const on = remindersOn(session)[kind === "reminder" ? "primaries" : "backups"];
  const [next] = nextEntries(session, person, role, addDays(session.today, 1));
  if (!next)
    return {
      status:
        kind === "reminder"
          ? `${name} has no visit to come as the main helper, so no reminder is due.`
          : `${name} is nobody's backup in the days to come, so no standby note is due.`,
      sendsNow: false,
    };
  const eve = addDays(next.date, -1);
  const found = composeReminders(session, eve, {
    primaries: kind === "reminder",
    backups: kind === "standby",
  }).filter((r) => same(r.reminder.person, person));
  const out = found[0]?.out;
  const more = found.slice(1).map((r) => r.out);
  const needs = nextEntries(session, person, role, next.date)
    .filter((e) => e.date === next.date)
    .map((e) => e.need.name.trim());
  const what = `${[...new Set(needs)].join(" and ")} on ${dayWords(next.date)}`;
  if (!on)
    return {
      status: `Off: the Settings row ${label} is not yes, so none is sent. With it on, ${name} would get this on ${dayWords(eve)} from ${hour(REMIND_AT)}, for ${what}.`,
      sendsNow: false,
      out,
      more,
    };
  if (found.length && found.every((r) => session.ledger.has(r.reminder.id)))
    return { status: `Already sent to ${name}, for ${what}.`, sendsNow: false, out, more };
  const late = localTime(session.at, session.map.settings.timeZone).minutes >= REMIND_AT;
  if (eve === session.today)
    return {
      status: late
        ? `Due now, for ${what}: the next hourly run (scheduled messages on) sends it.`
        : `Goes out today from ${hour(REMIND_AT)}, for ${what}.`,
      sendsNow: late,
      out,
      more,
    };
  return {
    status: `Not due until ${dayWords(eve)}, from ${hour(REMIND_AT)}: the day before ${what}.`,
    sendsNow: false,
    out,
    more,
  };
}

function checkIn(session: MessageSession): Found {
  const { settings } = session.map;
  const minutes = localTime(session.at, settings.timeZone).minutes;
  const due = dueMessages({ settings, roster: session.roster, now: session.at }).find(
    (d) => d.kind === "check-in" && !session.ledger.has(d.id),
  );
  const dates = checkInDates(settings);
  const next =
    due?.kind === "check-in"
      ? due.date
      : dates.find(
          (d) =>
            !session.ledger.has(checkInId(d)) &&
            (d > session.today || (d === session.today && minutes < CHECK_IN_AT)),
        );
  if (!next)
    return {
      status: `No check-in is left before the map's end (Settings, End date: ${settings.endDate}).`,
      sendsNow: false,
    };
  const out = composeCheckIn(session, checkInId(next), next);
  if (!out)
    return {
      status:
        "The Settings have no email for the person supported (Person supported's email), so no check-in can be sent.",
      sendsNow: false,
    };
  if (due)
    return {
      status: "Due now: the next hourly run (scheduled messages on) sends it.",
      sendsNow: true,
      out,
    };
  return {
    status: `No check-in is due until ${dayWords(next)}, from ${hour(CHECK_IN_AT)}.`,
    sendsNow: false,
    out,
  };
}

function daily(session: MessageSession): Found {
  const { settings } = session.map;
  const minutes = localTime(session.at, settings.timeZone).minutes;
  const entries = (date: IsoDate) => between(session.roster, date, date);
  let date: IsoDate = session.today;
  const notes: string[] = [];
  if (!entries(date).length) {
    const later = session.roster.entries
      .map((e) => e.date)
      .filter((d) => d > session.today)
      .sort()[0];
    if (!later)
      return {
        status: "Nothing is planned from today on, so no summary is sent.",
        sendsNow: false,
      };
    date = later;
    notes.push(`Nothing is planned today; this is the summary for ${dayWords(date)}.`);
  }
  const out = composeDailySummary(session, dailyId(date), date, entries(date));
  if (!out)
    return {
      status:
        "The Settings have no email for the person supported (Person supported's email), so no summary can be sent.",
      sendsNow: false,
    };
  if (!settings.dailySummary)
    return {
      status: "Off: the Settings row Daily summary is not yes, so no summary is sent.",
      sendsNow: false,
      notes,
      out,
    };
  if (date !== session.today)
    return {
      status: `Nothing is planned today, so no summary today; the next goes on ${dayWords(date)} from ${hour(DAILY_AT)}.`,
      sendsNow: false,
      notes,
      out,
    };
  if (session.ledger.has(dailyId(date)))
    return { status: "Today's summary was sent already.", sendsNow: false, out };
  if (minutes < DAILY_AT)
    return { status: `Goes out today from ${hour(DAILY_AT)}.`, sendsNow: false, out };
  return {
    status: "Due now: the next hourly run (scheduled messages on) sends it.",
    sendsNow: true,
    out,
  };
}

function alert(session: MessageSession): Found {
  const { settings } = session.map;
  const due = dueMessages({ settings, roster: session.roster, now: session.at }).filter(
    (d) => d.kind === "alert",
  );
  const unsent = due.filter((d) => !session.ledger.has(d.id));
  const noAddress = {
    status: "There is no coordinator email (Settings, Coordinator email), so no alert can be sent.",
    sendsNow: false,
  };
  if (unsent.length) {
    const outs = unsent.flatMap((d) =>
      d.kind === "alert" ? (composeGapAlert(session, d.id, d.entry) ?? []) : [],
    );
    if (!outs.length) return noAddress;
    return {
      status: `Due now: the next hourly run (scheduled messages on) sends ${outs.length === 1 ? "it" : `all ${outs.length}, one for each visit`}.`,
      sendsNow: true,
      out: outs[0],
      more: outs.slice(1),
    };
  }
  const next = session.roster.entries
    .filter(
      (e) => e.need.priority === "high" && e.primaries.length === 0 && e.date >= session.today,
    )
    .filter((e) => !session.ledger.has(alertId(e)) && !due.some((d) => d.id === alertId(e)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  const status = due.length
    ? "No new alert: the coordinator was already alerted about each high-priority visit with nobody in the next 48 hours."
    : "No alert: every high-priority visit in the next 48 hours has someone.";
  if (!next) return { status, sendsNow: false };
  const out = composeGapAlert(session, alertId(next), next);
  if (!out) return noAddress;
  return {
    status,
    sendsNow: false,
    notes: [
      `The next high-priority visit with nobody is ${next.need.name.trim()} on ${dayWords(next.date)}: if it still has nobody 48 hours before, this alert goes.`,
    ],
    out,
  };
}

function coordinatorNote(session: MessageSession): Found {
  const { settings } = session.map;
  const at = CHECK_IN_AT + 60;
  const minutes = localTime(session.at, settings.timeZone).minutes;
  const next = checkInDates(settings).find(
    (d) => d > session.today || (d === session.today && !session.ledger.has(coordinatorNoteId(d))),
  );
  if (!next)
    return {
      status: `No check-in day is left before the map's end (Settings, End date: ${settings.endDate}), so no note is due.`,
      sendsNow: false,
    };
  const out = composeCoordinatorNote(session, PREVIEW_ID, next);
  if (!out)
    return {
      status:
        "There is no coordinator email (Settings, Coordinator email), so no note can be sent.",
      sendsNow: false,
    };
  const later =
    next === session.today
      ? []
      : [
          `Written from the map as it is today; on ${dayWords(next)} it says what the map says then.`,
        ];
  if (session.map.settings.coordinatorNote !== true)
    return {
      status: "Off: the Settings row Weekly note to coordinator is not yes, so no note is sent.",
      sendsNow: false,
      notes: later,
      out,
    };
  if (next !== session.today)
    return {
      status: `No note is due until ${dayWords(next)}, from ${hour(at)}.`,
      sendsNow: false,
      notes: later,
      out,
    };
  return minutes >= at
    ? {
        status: "Due now: the next hourly run (scheduled messages on) sends it.",
        sendsNow: true,
        out,
      }
    : { status: `Goes out today from ${hour(at)}.`, sendsNow: false, out };
}

function stepIn(session: MessageSession, person: Person): Found {
  const name = person.name.trim();
  const [next] = nextEntries(session, person, "backup", session.today);
  if (!next)
    return {
      status: `${name} is nobody's backup in the days to come, so they would not be asked.`,
      sendsNow: false,
    };
  const out = composeStepInAsk(session, {
    person,
    need: next.need,
    date: next.date,
    id: PREVIEW_ID,
  });
  const what = `${next.need.name.trim()} on ${dayWords(next.date)}`;
  if (stepInAutomatically(session))
    return {
      status: `Not sent: the Settings row Backups step in says automatically, so ${name} would step in for ${what} and hear only what changed.`,
      sendsNow: false,
      out,
    };
  return {
    status: `Sent only if the main helper can't make ${what} (through their link): then ${name}, the backup, gets this within the hour.`,
    sendsNow: false,
    out,
  };
}

function find(session: MessageSession, kind: MessageKind, person: Person | undefined): Found {
  if (ABOUT_A_HELPER.has(kind) && !person)
    return { status: "No helper has tasks yet: plan first.", sendsNow: false };
  switch (kind) {
    case "brief":
      return brief(session, person as Person);
    case "change":
      return change(session, person as Person);
    case "reminder":
    case "standby":
      return reminder(session, person as Person, kind);
    case "step-in":
      return stepIn(session, person as Person);
    case "check-in":
      return checkIn(session);
    case "daily":
      return daily(session);
    case "alert":
      return alert(session);
    case "coordinator-note":
      return coordinatorNote(session);
  }
}

/** Called by the sidebar: google.script.run.previewMessage({ kind: "brief", helper: "Ana Ruiz" }). */
export function previewMessage(...args: unknown[]): MessagePreview {
  return answer("previewMessage", args, ({ kind, helper }) => {
    const session = previewSession();
    const helpers = helpersWithTasks(session);
    const person = ABOUT_A_HELPER.has(kind)
      ? pickHelper(session, kind, helpers, helper)
      : undefined;
    const found = find(session, kind, person);
    const quiet = quietReason(session.map.settings, session.today);
    return {
      kind,
      ...(person ? { helper: person.name.trim() } : {}),
      helpers: helpers.map((p) => p.name.trim()),
      sendsNow: found.sendsNow && !quiet,
      status: quiet ?? found.status,
      notes: [...(quiet ? [found.status] : []), ...(found.notes ?? []), ...linkNotes(found.out)],
      mails: (found.out ? [found.out, ...(found.more ?? [])] : []).map((o) => mailOf(session, o)),
    };
  });
}
