/** The English strings of <iitk-events> (in its chunk); `data-iitk-strings` overrides any. */
export const EVENTS_STRINGS = {
  events: "Upcoming events",
  noEvents: "No upcoming events.",
  online: "Online",
  allEvents: "See all events on the toolkit",
};

export type EventsStrings = typeof EVENTS_STRINGS;
