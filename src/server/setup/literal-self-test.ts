import { PLAIN_TEXT, textForCell } from "../../sheets/literal";
import { expect, scratchSheet, type SelfTestCheck } from "./self-test-checks";

// What people type is kept exactly: text written the way literal.ts writes it comes back as
// typed from a plain-text cell and from an Automatic one alike (the fakes model both; this is
// where real Sheets says whether it agrees).

const TYPED = ["sam@example.com", "07700 900123", "06:00-17:00", "50%", "TRUE", "=1+1", "'quoted"];

export const LITERAL_TEXT_SELF_TEST: SelfTestCheck = {
  name: "Typed text written for plain-text and Automatic cells comes back exactly as typed",
  run(s) {
    const sheet = scratchSheet(s);
    const plain = sheet.getRange(5, 1, 1, TYPED.length).setNumberFormat(PLAIN_TEXT);
    plain.setValues([TYPED.map((t) => textForCell(t, PLAIN_TEXT))]);
    const automatic = sheet.getRange(6, 1, 1, TYPED.length);
    const formats = automatic.getNumberFormats()[0];
    automatic.setValues([TYPED.map((t, i) => textForCell(t, formats[i]))]);
    expect("plain-text cells", plain.getValues()[0], TYPED);
    expect("Automatic cells", automatic.getValues()[0], TYPED);
    expect(
      "formulas",
      [...plain.getFormulas()[0], ...automatic.getFormulas()[0]],
      [...TYPED.map(() => ""), ...TYPED.map(() => "")],
    );
  },
};
