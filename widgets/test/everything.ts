import { define } from "../src/define";
import { DiscussionElement } from "../src/discussion";
import { ELEMENTS } from "../src/elements";
import { EventsElement } from "../src/events";
import { QuestionExplorerElement } from "../src/explorer";
import { ShareStoryElement } from "../src/share";

/** Every element, the core's and the lazy chunks', as a page has them once its chunks load. */
export const EVERY_ELEMENT: Record<string, CustomElementConstructor> = {
  ...ELEMENTS,
  "iitk-discussion": DiscussionElement,
  "iitk-events": EventsElement,
  "iitk-question-explorer": QuestionExplorerElement,
  "iitk-share-story": ShareStoryElement,
};

/** Define every element at once (the unit tests do not load chunks over the network). */
export const defineEverything = (): void => define(EVERY_ELEMENT);
