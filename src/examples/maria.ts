import {
  ASSIGNMENTS_DEF,
  ASSIGNMENTS_SHEET,
  NEEDS_DEF,
  NEEDS_SHEET,
  OFFERS_DEF,
  OFFERS_SHEET,
  PEOPLE_DEF,
  PEOPLE_SHEET,
  SETTINGS_DEF,
  SETTINGS_SHEET,
  headersOf,
} from "../sheets/columns";
import type { MapStep } from "./steps";

// The guide's walkthrough (scenario 1): Maria is away for two weeks; Priya coordinates.
// Written as the sheets a coordinator would fill in, in the standard column order.

export const MARIA: Record<string, unknown[][]> = {
  [SETTINGS_SHEET]: [
    headersOf(SETTINGS_DEF),
    ["Person supported", "Maria"],
    ["Person supported's email", "maria@example.com"],
    ["Coordinator name", "Priya Shah"],
    ["Coordinator email", "priya.shah@example.com"],
    ["Start date", "2026-12-07"],
    ["End date", "2026-12-20"],
    ["Check-in day", "Friday"],
    ["Max tasks per helper", 2],
    ["Quiet times", ""],
    [
      "Public summary",
      "Maria is away for two weeks for a family emergency and needs some practical support.",
    ],
    ["Time zone", ""],
    ["Map paused", "no"],
    // The guide: Priya sends Maria a short daily summary, not a full report.
    ["Daily summary", "yes"],
  ],
  // prettier-ignore
  // Need | Type | Category | Priority | Days | Time | Mode | Start | End | Helpers | Backup | Status | Details | Instructions | Notes
  [NEEDS_SHEET]: [
    headersOf(NEEDS_DEF),
    ["Morning dog walk", "pet care", "practical", "high", "daily", "morning", "in person", "", "", "", "", "", "", ""],
    ["Evening dog walk", "pet care", "practical", "high", "daily", "evening", "in person", "", "", "", "", "", "", ""],
    ["Water the plants", "house care", "practical", "low", "every 3 days", "any", "in person", "", "", "", "", "", "", ""],
    ["Check the mail", "house care", "practical", "low", "Mon, Thu", "any", "in person", "", "", "", "", "", "", ""],
    ["Cover the client report", "work cover", "practical", "high", "once 2026-12-09", "any", "remote", "", "", "", "", "", "Father in ICU at St. Mary's; Maria may be unreachable.", ""],
    ["Call to vent (10 min)", "phone call", "emotional", "medium", "daily", "any", "remote", "", "", "", "", "", "", ""],
  ],
  // prettier-ignore
  // Name | Email | Phone | Relationship | Area | Max tasks | Max visits per week | Status | Notes
  [PEOPLE_SHEET]: [
    headersOf(PEOPLE_DEF),
    ["Ana Ruiz", "ana.ruiz@example.com", "", "friend", "", "", "", "active", ""],
    ["Ben Okafor", "ben.okafor@example.com", "", "friend", "", "", "", "active", ""],
    ["Chloe Martin", "chloe.martin@example.com", "", "friend, lives next door", "", "", "", "active", ""],
    ["Dev Patel", "dev.patel@example.com", "", "coworker", "", "", "", "active", ""],
    ["Eli Cohen", "eli.cohen@example.com", "", "friend", "", "", "", "active", ""],
    ["Fatima Noor", "fatima.noor@example.com", "", "friend", "", "", "", "active", ""],
    ["Gus Lindqvist", "gus.lindqvist@example.com", "", "coworker", "", "", "", "active", ""],
    ["Hana Sato", "hana.sato@example.com", "", "friend", "", "", "", "active", ""],
    ["Ivy Chen", "ivy.chen@example.com", "", "friend", "", "", "", "active", ""],
    ["Priya Shah", "priya.shah@example.com", "", "coordinator", "", "", "", "active", ""],
    ["Tomas Vega", "tomas.vega@example.com", "", "brother", "", "", "", "do not involve", ""],
  ],
  // prettier-ignore
  // Person | Type | Days | Time | Mode | From | Until | Backup only | Notes
  [OFFERS_SHEET]: [
    headersOf(OFFERS_DEF),
    ["Ana Ruiz", "pet care", "weekdays", "morning", "in person", "", "", "no", ""],
    ["Ben Okafor", "pet care", "weekdays", "evening", "in person", "", "", "no", ""],
    ["Chloe Martin", "house care", "daily", "any", "in person", "", "", "no", "closest"],
    ["Dev Patel", "work cover", "weekdays", "any", "remote", "", "", "no", ""],
    ["Eli Cohen", "phone call", "daily", "evening", "remote", "", "", "no", ""],
    ["Fatima Noor", "phone call", "daily", "night", "remote", "", "", "no", "only after 9 pm"],
    ["Gus Lindqvist", "meals", "weekdays", "evening", "in person", "", "", "no", ""],
    ["Hana Sato", "rides", "weekends", "any", "in person", "", "", "no", ""],
    ["Ivy Chen", "phone call", "weekends", "afternoon", "remote", "", "", "no", ""],
    ["Priya Shah", "any", "daily", "any", "either", "", "", "yes", ""],
    ["Tomas Vega", "pet care", "weekends", "any", "in person", "", "", "no", ""],
  ],
  [ASSIGNMENTS_SHEET]: [headersOf(ASSIGNMENTS_DEF)],
};

/** What happens next in the walkthrough, one re-plan after each step. */
export const MARIA_STEPS: readonly MapStep[] = [
  {
    title: "A neighbour, Kim Park, offers weekend dog walks",
    append: {
      [PEOPLE_SHEET]: [
        {
          Name: "Kim Park",
          Email: "kim.park@example.com",
          Relationship: "neighbour",
          Status: "active",
        },
      ],
      [OFFERS_SHEET]: [
        {
          Person: "Kim Park",
          Type: "pet care",
          Days: "weekends",
          Time: "any",
          Mode: "in person",
          "Backup only": "no",
        },
      ],
    },
  },
  {
    title: "Kim has a family emergency and is paused from 2026-12-19",
    change: [
      {
        sheet: PEOPLE_SHEET,
        where: { column: "Name", equals: "Kim Park" },
        set: { Status: "paused from 2026-12-19" },
      },
    ],
  },
  {
    title: "Lena Ortiz offers Saturday and Marco Bianchi Sunday of the second weekend",
    append: {
      [PEOPLE_SHEET]: [
        {
          Name: "Lena Ortiz",
          Email: "lena.ortiz@example.com",
          Relationship: "friend",
          Status: "active",
        },
        {
          Name: "Marco Bianchi",
          Email: "marco.bianchi@example.com",
          Relationship: "friend",
          Status: "active",
        },
      ],
      [OFFERS_SHEET]: [
        {
          Person: "Lena Ortiz",
          Type: "pet care",
          Days: "once 2026-12-19",
          Time: "any",
          Mode: "in person",
          "Backup only": "no",
        },
        {
          Person: "Marco Bianchi",
          Type: "pet care",
          Days: "once 2026-12-20",
          Time: "any",
          Mode: "in person",
          "Backup only": "no",
        },
      ],
    },
  },
];
