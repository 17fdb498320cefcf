import type { Settings } from "../model";
import { email, paragraph, type Block } from "./html";
import type { EmailMessage } from "./message";
import { personSupported } from "./names";

// The alert when a check-in answer speaks of self-harm, suicide or not wanting to be here. It
// goes to whoever coordinates that day, at once, never to a helper. It does not quote the
// answer: the words stay in the Check-ins sheet (and the coordinator's usual copy of the
// answers follows), so this email can be read over someone's shoulder without exposing them.

export function dangerAlertMessage(input: {
  settings: Settings;
  /** Whoever coordinates today. */
  coordinatorName: string;
  /** "2027-03-05 18:20", in the map's time zone. */
  answered: string;
}): EmailMessage {
  const { settings } = input;
  const who = personSupported(settings);
  const crisis = settings.crisisResources?.trim();
  const blocks: Block[] = [];
  if (input.coordinatorName.trim())
    blocks.push(paragraph(`Hello ${input.coordinatorName.trim()},`));
  blocks.push(
    paragraph(
      `${who}'s check-in answer of ${input.answered} has words that may mean they are thinking of harming themselves or do not want to be here. Please read it in the Check-ins sheet now.`,
    ),
    paragraph(
      `Contact ${who} directly today, by phone or in person if you can, and ask how they are. If you think they are in danger right now, call the crisis line or emergency services.`,
    ),
    paragraph(
      crisis
        ? { strong: `Crisis resources (from your Settings): ${crisis}` }
        : {
            strong:
              "Your Settings have no Crisis resources yet: call your local emergency number if they are in danger, and add your local crisis lines to Settings.",
          },
    ),
    paragraph(
      "No helper has been told, and none will be: this stays between you and them. You do not have to handle this alone; the crisis line also advises people who are worried about someone.",
    ),
  );
  return email(`Please read now: ${who}'s check-in answer`, blocks);
}
