// How two pieces of typed text are known to be the same name or the same email: compared after
// Unicode NFKC (a non-breaking space is a space, "ﬁ" is "fi", full-width letters are letters),
// with invisible format characters taken out (zero-width space and joiner, bidi marks and
// embeddings, soft hyphen, byte-order mark), runs of spaces as one, and case folded. So a name
// typed with an invisible character is the same person as the one without it.

/** Unicode's format characters (Cf): invisible, and never part of how a name is read. */
const INVISIBLE = /[\p{Cf}\u180E\u115F\u1160\u3164\uFFA0]/gu;

/** Text as it is compared: NFKC, invisible characters out, spaces collapsed, case folded. */
export function textKey(text: string): string {
  const normal = text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  // toUpperCase first folds the characters lowercase alone misses ("ß" and "SS" match).
  return normal.toUpperCase().toLowerCase();
}

/** An email as it is compared: textKey without any spaces. */
export function emailKey(email: string): string {
  return textKey(email).replace(/ /g, "");
}
