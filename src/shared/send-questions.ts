// What the coordinator is asked before mail goes out, the same words in the panel and in the
// menu: nothing is ever sent by one click.

export const CHECK_IN_NOW = {
  title: "Send the weekly check-in now?",
  question:
    "Send the person supported this week's check-in email now? When the check-in day is three days away or less, this is that check-in, and it is not sent again then.",
  yes: "Send the check-in",
};

export const BRIEFS_CHANGED = {
  title: "Send briefs to helpers whose tasks changed?",
  question:
    "Email a new brief to every helper whose tasks changed since their last brief (their whole new list of tasks, with a calendar file)? Helpers whose tasks did not change hear nothing.",
  yes: "Send the briefs",
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
