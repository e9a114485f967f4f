// The toolkit's widgets, for TypeScript: generated from custom-elements.json (widgets/manifest.mjs).
// The elements are defined by iitk-widgets.js, a classic script; this file only describes them.

/** An element's `state` attribute, also the `detail` of its `iitk-state` event. */
export type IitkState = "loading" | "ready" | "error";

/** Fired by every toolkit element each time its `state` changes (bubbles, composed). */
export type IitkStateEvent = CustomEvent<IitkState>;

/** `<iitk-discussion>`: The discussion of a tool, framework or story, with a form to post to it. */
export interface IitkDiscussionElement extends HTMLElement {}

/** The attributes of `<iitk-discussion>` (all optional, all strings in HTML). */
export interface IitkDiscussionAttributes {
  /** `off` leaves out the form to post (the link to the toolkit's own stays). */
  form?: "off";
  /** The framework's slug. */
  framework?: string;
  /** Threads shown, 1 to 100 (default 5); a link leads to the rest. */
  limit?: number | string;
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** The story's slug. */
  story?: string;
  /** The tool's slug (give one of `tool`, `framework`, `story`). */
  tool?: string;
}

/** `<iitk-events>`: Upcoming events: workshops, online discussions, site visits and training. */
export interface IitkEventsElement extends HTMLElement {}

/** The attributes of `<iitk-events>` (all optional, all strings in HTML). */
export interface IitkEventsAttributes {
  /** `workshop`, `online-discussion`, `site-visit` or `training` (comma-separated for any of them). */
  format?: string;
  /** Framework slug(s): events that cover these frameworks. */
  framework?: string;
  /** Events shown, 1 to 100 (default 3); with more, a link to them all. */
  limit?: number | string;
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** Perspective slug(s), comma-separated: `calendar/?perspective=`. */
  perspective?: string;
  /** Tool slug(s): events that cover these tools. */
  tool?: string;
}

/** `<iitk-question-explorer>`: The question-driven route through the toolkit. */
export interface IitkQuestionExplorerElement extends HTMLElement {}

/** The attributes of `<iitk-question-explorer>` (all optional, all strings in HTML). */
export interface IitkQuestionExplorerAttributes {
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** A perspective's slug: start with that perspective's phases. */
  perspective?: string;
}

/** `<iitk-search>`: Search the toolkit. */
export interface IitkSearchElement extends HTMLElement {}

/** The attributes of `<iitk-search>` (all optional, all strings in HTML). */
export interface IitkSearchAttributes {
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
}

/** `<iitk-share-story>`: A form to share a story of using a tool. */
export interface IitkShareStoryElement extends HTMLElement {}

/** The attributes of `<iitk-share-story>` (all optional, all strings in HTML). */
export interface IitkShareStoryAttributes {
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
}

/** `<iitk-story-card>`: One story's card. */
export interface IitkStoryCardElement extends HTMLElement {}

/** The attributes of `<iitk-story-card>` (all optional, all strings in HTML). */
export interface IitkStoryCardAttributes {
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** The story's slug. Changing it loads that story. */
  slug?: string;
}

/** `<iitk-tool-card>`: One tool's card. */
export interface IitkToolCardElement extends HTMLElement {}

/** The attributes of `<iitk-tool-card>` (all optional, all strings in HTML). */
export interface IitkToolCardAttributes {
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** The tool's slug (letters, digits, `-`, `_`). Changing it loads that tool. */
  slug?: string;
}

/** `<iitk-tool-list>`: A paged list of tool cards. */
export interface IitkToolListElement extends HTMLElement {}

/** The attributes of `<iitk-tool-list>` (all optional, all strings in HTML). */
export interface IitkToolListAttributes {
  /** Category slug(s), comma-separated. */
  category?: string;
  /** Cards per page, 1 to 100 (default 6). */
  limit?: number | string;
  /** `eager` loads at once; otherwise the element loads when it comes within a screen (the viewport's height) of the viewport. */
  loading?: "eager" | "lazy";
  /** Perspective slug(s), comma-separated: `tools/?perspective=`. */
  perspective?: string;
  /** Stage slug(s), comma-separated. */
  stage?: string;
  /** Strand slug(s), comma-separated. */
  strand?: string;
}

/** Each element's attributes, by tag: add to your framework's JSX namespace if it is not the global one. */
export interface IitkIntrinsicElements {
  "iitk-discussion": IitkDiscussionAttributes & IitkJSXAttributes;
  "iitk-events": IitkEventsAttributes & IitkJSXAttributes;
  "iitk-question-explorer": IitkQuestionExplorerAttributes & IitkJSXAttributes;
  "iitk-search": IitkSearchAttributes & IitkJSXAttributes;
  "iitk-share-story": IitkShareStoryAttributes & IitkJSXAttributes;
  "iitk-story-card": IitkStoryCardAttributes & IitkJSXAttributes;
  "iitk-tool-card": IitkToolCardAttributes & IitkJSXAttributes;
  "iitk-tool-list": IitkToolListAttributes & IitkJSXAttributes;
}

/** What JSX lets you put on any element besides its own attributes. */
export interface IitkJSXAttributes {
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  hidden?: boolean;
  lang?: string;
  title?: string;
  style?: unknown;
  [data: `data-${string}`]: unknown;
  [aria: `aria-${string}`]: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "iitk-discussion": IitkDiscussionElement;
    "iitk-events": IitkEventsElement;
    "iitk-question-explorer": IitkQuestionExplorerElement;
    "iitk-search": IitkSearchElement;
    "iitk-share-story": IitkShareStoryElement;
    "iitk-story-card": IitkStoryCardElement;
    "iitk-tool-card": IitkToolCardElement;
    "iitk-tool-list": IitkToolListElement;
  }
  interface HTMLElementEventMap {
    "iitk-state": IitkStateEvent;
  }
  namespace JSX {
    interface IntrinsicElements extends IitkIntrinsicElements {}
  }
}
