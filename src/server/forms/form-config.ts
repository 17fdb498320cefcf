import { utf8Bytes } from "../../core/utf8";
import * as z from "zod";
import { OFFER_QUESTION_KEYS, type OfferQuestionKey } from "./offer-questions";
import { mapProperties } from "../platform/map-properties";

// Which Google Form is this map's offer form, and which of its items asks what. Kept in one
// document property: a few ids and two links, far below the 9 KB a property may hold. The
// choices themselves are never stored here: they are rebuilt from Needs on each refresh.

const KEY = "supportMap.offerForm";
/** Google's limit for one property value. */
const VALUE_LIMIT_BYTES = 9 * 1024;

const Config = z.object({
  formId: z.string().min(1),
  items: z.partialRecord(
    z.enum(OFFER_QUESTION_KEYS as [OfferQuestionKey, ...OfferQuestionKey[]]),
    z.number(),
  ),
  url: z.string(),
  editUrl: z.string(),
});

export type OfferFormConfig = z.infer<typeof Config>;

/** The stored config, or undefined when there is none or it cannot be read. */
export function readFormConfig(): OfferFormConfig | undefined {
  const text = mapProperties().getProperty(KEY);
  if (!text) return undefined;
  try {
    const parsed = Config.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveFormConfig(config: OfferFormConfig): void {
  const text = JSON.stringify(Config.parse(config));
  if (utf8Bytes(text) > VALUE_LIMIT_BYTES)
    throw new Error("The offer form's settings do not fit in a document property.");
  mapProperties().setProperty(KEY, text);
}

/** Item id → the question it asks. */
export function questionsById(config: OfferFormConfig): Map<number, OfferQuestionKey> {
  return new Map(
    (Object.entries(config.items) as Array<[OfferQuestionKey, number]>).map(([k, id]) => [id, k]),
  );
}
