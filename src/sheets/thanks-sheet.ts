// The Thank-yous sheet: one draft per helper, written when the map closes. The coordinator
// edits the Thank-you cell; "Send the thank-yous" sends each row whose Sent is blank and stamps it.

export const THANKS_SHEET = "Thank-yous";
export const THANKS_HEADERS = ["Person", "Email", "Thank-you", "Sent"];
