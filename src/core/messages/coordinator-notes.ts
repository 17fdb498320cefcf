import { longDate, weekday, WEEKDAY_NAMES } from "../dates";
import type { IsoDate, Need, Settings } from "../model";
import { email, heading, list, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { personSupported } from "./names";

// Notes for whoever coordinates: the end of the map coming, the referrals still open, and the
// handover summary when the coordinator changes. Needs are named, never their Details.

const day = (d: IsoDate) => `${WEEKDAY_NAMES[weekday(d) - 1]} ${longDate(d)}`;

const hello = (name: string): Block[] => (name.trim() ? [paragraph(`Hello ${name.trim()},`)] : []);

/** Professional needs not marked done, each with where to refer it. */
export function openReferrals(needs: readonly Need[]): Need[] {
  return needs.filter((n) => n.category === "professional" && n.status !== "done");
}

function referralBlocks(settings: Settings, needs: readonly Need[]): Block[] {
  const open = openReferrals(needs);
  if (!open.length) return [];
  const resources = settings.professionalResources?.trim();
  return [
    heading("Referrals to a professional, not yet marked done"),
    list(open.map((n) => `${n.name.trim()} (${n.type.trim() || "professional"})`)),
    paragraph(
      resources
        ? `Where to refer them (your Settings): ${resources}`
        : "Your Settings have no Professional resources yet: add where to refer these.",
    ),
    paragraph("Set a need's Status to done on Needs once it is referred."),
  ];
}

/** Five days before the end: extend or close. */
export function endPromptMessage(input: {
  settings: Settings;
  coordinatorName: string;
}): EmailMessage {
  const { settings } = input;
  const who = personSupported(settings);
  return email(`${who}'s support map ends on ${day(settings.endDate)}: extend or close?`, [
    ...hello(input.coordinatorName),
    paragraph(
      `The support map for ${who} ends on ${day(settings.endDate)}. The last check-in asks ${who} whether they feel ready to step out of the support network; talk with them about it.`,
    ),
    list([
      "To extend: in the panel, or write a later End date in Settings, then Plan. Only helpers whose tasks change get a new brief.",
      "To close: Support Map › Close the map. The forms stop, scheduled messages stop, and a thank-you for each helper is drafted for you to edit and send.",
    ]),
    paragraph("If you do nothing, nothing more is sent after the end date."),
  ]);
}

/** The weekly note about referrals still open, on the check-in day. */
export function referralsNoteMessage(input: {
  settings: Settings;
  needs: readonly Need[];
  coordinatorName: string;
}): EmailMessage {
  const n = openReferrals(input.needs).length;
  return email(`${n} referral${n === 1 ? "" : "s"} still open`, [
    ...hello(input.coordinatorName),
    ...referralBlocks(input.settings, input.needs),
  ]);
}

export interface HandoverInput {
  settings: Settings;
  needs: readonly Need[];
  /** The incoming coordinator. */
  coordinatorName: string;
  /** The one handing over. */
  fromName: string;
  date: IsoDate;
  /** Until when they coordinate, if known. */
  until?: IsoDate;
  /** "Evening meal on Tuesday 9 March": visits with nobody in the next two weeks. */
  gaps: string[];
  /** Helpers with tasks coming who have not confirmed them. */
  unconfirmed: string[];
  /** The latest check-in answers, as the person supported wrote them, if any. */
  latestCheckIn?: { answered: string; answers: { question: string; answer: string }[] };
}

/** The summary the incoming coordinator gets on the day they take over. */
export function handoverMessage(input: HandoverInput): EmailMessage {
  const { settings } = input;
  const who = personSupported(settings);
  const blocks: Block[] = [
    ...hello(input.coordinatorName),
    paragraph(
      `From ${day(input.date)}${input.until ? ` to ${day(input.until)}` : ""} you coordinate ${who}'s support, taking over from ${input.fromName.trim() || "the coordinator"}. Helpers and ${who} are told to contact you. Here is where things stand.`,
    ),
    heading("Gaps in the next two weeks"),
    input.gaps.length ? list(input.gaps) : paragraph("None: every visit has a helper."),
    ...referralBlocks(settings, input.needs),
    heading("Helpers who have not confirmed"),
    input.unconfirmed.length
      ? list(input.unconfirmed)
      : paragraph("None: everyone with a task coming has confirmed."),
  ];
  if (input.latestCheckIn) {
    blocks.push(heading(`The latest check-in (${input.latestCheckIn.answered})`));
    for (const a of input.latestCheckIn.answers)
      blocks.push({ kind: "answer", question: a.question, answer: a.answer });
  } else blocks.push(heading("The latest check-in"), paragraph("No answers yet."));
  blocks.push(
    paragraph(
      "The private Details of each need stay in the spreadsheet: open it to read them. This summary never carries them.",
    ),
  );
  return email(`Handover: you coordinate ${who}'s support from ${day(input.date)}`, blocks);
}
