import type { Person, Settings } from "../model";
import { nameKey } from "../problem";

// How people are named in messages. The person supported chose who is asked, so their check-in names
// helpers by first name (who is coming to the door); surnames, emails and phones stay in the
// sheet. When two people in People share a first name, whatever their status, the initial of the
// surname tells them apart, so nobody is ever mistaken for someone marked "do not involve".

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}

export function checkInNamer(people: Person[]): (person: Person) => string {
  const counts = new Map<string, number>();
  for (const p of people) {
    const key = firstName(p.name).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (person) => {
    const first = firstName(person.name);
    if ((counts.get(first.toLowerCase()) ?? 0) < 2) return first;
    const rest = person.name.trim().split(/\s+/).slice(1);
    const initial = rest.length ? ` ${rest[rest.length - 1].charAt(0)}.` : "";
    return `${first}${initial}`;
  };
}

/** The person supported as helpers know them. */
export function personSupported(settings: Settings): string {
  return settings.supportedName.trim() || "the person supported";
}

export function coordinatorName(settings: Settings): string {
  return settings.coordinatorName.trim() || "the coordinator";
}

/** "Jordan": how the person supported's messages speak of the coordinator. */
export function coordinatorFirstName(settings: Settings): string {
  return firstName(settings.coordinatorName) || "your coordinator";
}

export function samePerson(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
