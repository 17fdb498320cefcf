// What the coordinator is asked before mail goes out, the same words in the panel and in the
// menu: nothing is ever sent by one click.

export const CHECK_IN_NOW = {
  title: "Send the weekly check-in now?",
  question:
    "Send the person supported this week's check-in email now? When the check-in day is three days away or less, this is that check-in, and it is not sent again then.",
  yes: "Send the check-in",
};

/** The button and menu item, in the coordinator's words, wherever they are named. */
export const TELL_WHAT_CHANGED_BUTTON = "Tell helpers what changed";
export const BRIEFS_EVERYONE_BUTTON = "Send briefs to everyone";

export const TELL_WHAT_CHANGED = {
  title: "Tell helpers what changed?",
  question:
    "Email each helper whose own tasks changed since they were last told only what changed (with a calendar update that moves or cancels just those visits), and a first brief to any helper who has not had one? Helpers whose tasks did not change hear nothing. With scheduled messages on, the hourly run sends the same messages by itself; nobody gets them twice.",
  yes: "Tell them",
};

export const BRIEFS_EVERYONE = {
  title: "Send briefs to everyone?",
  question:
    "Send every helper with tasks on the Assignments sheet their brief again, also those whose tasks have not changed?",
  yes: "Send to everyone",
};

export const SCHEDULED_MESSAGES = {
  title: "Turn on scheduled messages?",
  question:
    "From now on the add-on sends by itself, every hour it is due: the weekly check-in to the person supported, the daily summary if the Settings say yes, and alerts when a high-priority visit in the next 48 hours has nobody. Turn this on?",
  yes: "Turn on",
};
