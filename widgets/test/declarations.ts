/**
 * Compiled, never run (`npm run typecheck`): the built declarations type the elements,
 * their event and their JSX attributes, and refuse what the elements do not take.
 */
import type {
  IitkIntrinsicElements,
  IitkState,
  IitkToolCardElement,
  IitkToolListAttributes,
} from "../../wagtail_iitk/static/wagtail_iitk/widgets/iitk-widgets";

export function typed(): IitkState | null {
  const card: IitkToolCardElement = document.createElement("iitk-tool-card");
  let last: IitkState | null = null;
  card.addEventListener("iitk-state", (event) => {
    last = event.detail;
  });
  return last;
}

export const list: IitkToolListAttributes = { perspective: "design", limit: 6, loading: "eager" };

export const jsx: JSX.IntrinsicElements = {
  "iitk-tool-card": { slug: "fishbone-diagram", class: "wide", "data-x": "1", children: "Fishbone" },
  "iitk-story-card": { slug: "frailty-pathway" },
  "iitk-tool-list": { stage: "understand" },
  "iitk-question-explorer": { perspective: "design" },
  "iitk-search": {},
  "iitk-share-story": { loading: "eager" },
  "iitk-discussion": { tool: "process-map", limit: 3, form: "off" },
  "iitk-events": { perspective: "risk", format: "workshop", limit: 3 },
};

export const refused: Partial<IitkIntrinsicElements> = {
  // @ts-expect-error an attribute the element does not take
  "iitk-tool-card": { slugs: "fishbone-diagram" },
  // @ts-expect-error loading is eager or lazy
  "iitk-search": { loading: "soon" },
  // @ts-expect-error state is set by the element, never by the page
  "iitk-tool-list": { state: "ready" },
  // @ts-expect-error form is only ever off
  "iitk-discussion": { form: "on" },
};
