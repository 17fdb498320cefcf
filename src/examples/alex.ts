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

// The guide's six weeks of surgery recovery (scenario 2): Alex is supported, Jordan coordinates.
// Twelve people, Jordan among them as everyone's last backup. Every need but the referral can
// be covered within two tasks each, every ride can have a primary and a different backup, and
// no in-person offer overlaps a need only before 10:00, Alex's quiet time.

export const ALEX: Record<string, unknown[][]> = {
  [SETTINGS_SHEET]: [
    headersOf(SETTINGS_DEF),
    ["Person supported", "Alex"],
    ["Person supported's email", "alex@example.com"],
    ["Coordinator name", "Jordan Blake"],
    ["Coordinator email", "jordan.blake@example.com"],
    ["Start date", "2027-01-04"],
    ["End date", "2027-02-14"],
    ["Check-in day", "Friday"],
    ["Max tasks per helper", 2],
    ["Quiet times", "before 10:00"],
    ["Public summary", "Alex is going through a hard time and needs some practical support."],
    ["Time zone", ""],
    ["Map paused", "no"],
    ["Daily summary", "no"],
  ],
  // prettier-ignore
  // Need | Type | Category | Priority | Days | Time | Mode | Start | End | Helpers | Backup | Status | Details | Instructions | Notes
  [NEEDS_SHEET]: [
    headersOf(NEEDS_DEF),
    ["Dinner", "meals", "practical", "medium", "Tue, Thu", "evening", "in person", "2027-01-04", "2027-01-31", "", "", "", "", ""],
    ["Ride to appointment", "rides", "medical", "high", "2027-01-06, 2027-01-20, 2027-02-03", "10:30-13:00", "in person", "", "", "", "", "", "Knee surgery follow-up at the orthopaedic clinic.", ""],
    ["Check-in call", "phone call", "emotional", "medium", "Mon, Wed, Fri", "evening", "remote", "", "", "", "", "", "", ""],
    ["Medication reminder", "medical reminder", "medical", "medium", "daily", "morning", "remote", "", "2027-01-17", "", "", "", "", ""],
    ["Groceries", "errands", "practical", "medium", "Sat", "afternoon", "in person", "", "", "", "", "", "", ""],
    ["Company", "visit", "emotional", "low", "Sun", "afternoon", "in person", "", "", "", "", "", "", ""],
    ["Physiotherapy plan", "physiotherapy", "professional", "high", "once 2027-01-05", "any", "either", "", "", "", "", "", "", ""],
  ],
  // prettier-ignore
  // Name | Email | Phone | Relationship | Area | Max tasks | Max visits per week | Status | Notes
  [PEOPLE_SHEET]: [
    headersOf(PEOPLE_DEF),
    ["Rosa Alvarez", "rosa.alvarez@example.com", "", "friend", "Riverside", "", "", "active", "Offered to do everything"],
    ["Owen Price", "owen.price@example.com", "", "neighbour", "same street", "", "", "active", "Works from home on Wednesdays"],
    ["Grace Kim", "grace.kim@example.com", "", "coworker", "Eastside", "", 1, "active", ""],
    ["Leo Marsh", "leo.marsh@example.com", "", "friend", "another city", "", "", "active", "Phone calls only"],
    ["Felix Grant", "felix.grant@example.com", "", "friend", "Northgate", "", "", "active", "Free only at weekends"],
    ["Sam Reed", "sam.reed@example.com", "", "ex-partner", "", "", "", "do not involve", ""],
    ["Nadia Haddad", "nadia.haddad@example.com", "", "neighbour", "same street", "", "", "active", ""],
    ["Mei Lin", "mei.lin@example.com", "", "sister", "another city", "", "", "active", ""],
    ["Ines Duarte", "ines.duarte@example.com", "", "coworker", "", "", 3, "active", ""],
    ["Tessa Nguyen", "tessa.nguyen@example.com", "", "friend", "Riverside", 1, "", "active", "Away from 18 January"],
    ["Kofi Mensah", "kofi.mensah@example.com", "", "friend", "Northgate", "", "", "active", ""],
    ["Jordan Blake", "jordan.blake@example.com", "", "coordinator", "", "", "", "active", ""],
  ],
  // prettier-ignore
  // Person | Type | Days | Time | Mode | From | Until | Backup only | Notes
  [OFFERS_SHEET]: [
    headersOf(OFFERS_DEF),
    ["Rosa Alvarez", "meals", "daily", "evening", "in person", "", "", "no", ""],
    ["Rosa Alvarez", "rides", "daily", "any", "in person", "", "", "no", ""],
    ["Rosa Alvarez", "phone call", "daily", "any", "remote", "", "", "no", ""],
    ["Rosa Alvarez", "visit", "daily", "any", "in person", "", "", "no", ""],
    ["Rosa Alvarez", "errands", "daily", "any", "either", "", "", "no", ""],
    ["Owen Price", "rides", "Wed", "any", "in person", "", "", "no", ""],
    ["Grace Kim", "rides", "Wed", "10:00-14:00", "in person", "", "", "no", "Can leave work for a few hours"],
    ["Leo Marsh", "phone call", "weekdays", "evening", "remote", "", "", "no", ""],
    ["Felix Grant", "errands", "weekends", "any", "in person", "", "", "no", ""],
    ["Felix Grant", "visit", "weekends", "afternoon", "in person", "", "", "no", ""],
    ["Sam Reed", "any", "daily", "any", "either", "", "", "no", ""],
    ["Nadia Haddad", "meals", "Tue, Thu", "evening", "in person", "2027-01-04", "2027-01-31", "no", "Cooks for her family anyway"],
    ["Mei Lin", "medical reminder", "daily", "morning", "remote", "", "", "no", ""],
    ["Mei Lin", "phone call", "weekends", "morning", "remote", "", "", "no", ""],
    ["Ines Duarte", "phone call", "Mon, Wed, Fri", "evening", "remote", "", "", "no", ""],
    ["Ines Duarte", "medical reminder", "weekdays", "08:00-12:00", "remote", "", "", "no", ""],
    ["Tessa Nguyen", "meals", "weekdays", "evening", "in person", "", "2027-01-17", "no", ""],
    ["Tessa Nguyen", "errands", "weekdays", "morning", "in person", "", "", "no", ""],
    ["Kofi Mensah", "visit", "Sun", "afternoon", "in person", "", "", "no", ""],
    ["Kofi Mensah", "rides", "Mon, Fri", "afternoon", "in person", "", "", "no", ""],
    ["Jordan Blake", "any", "daily", "any", "either", "", "", "yes", ""],
  ],
  [ASSIGNMENTS_SHEET]: [headersOf(ASSIGNMENTS_DEF)],
};
