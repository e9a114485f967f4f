/**
 * The shapes of the API's answers that the widgets read: the item cards of
 * `/api/iitk/v1/` as its OpenAPI schema (`schema/`) names them (ToolCard, FrameworkCard,
 * StoryCard, QuestionCard, Taxonomy, Cards...), from `wagtail_iitk/api/serializers.py`.
 * A test (tests/api/test_widget_types.py) keeps each interface's fields equal to the
 * schema's.
 *
 * They describe the contract, not a promise: an answer is still checked where it is
 * read (`items()`, `text()`, `strings()`, `safeUrl()`), so a malformed one shows the
 * fallback instead of throwing.
 */

/** An item's `type`: what kind of thing a card is. */
export type ItemType = "tool" | "framework" | "story" | "question";

/** A card-sized rendition of an item's image. */
export interface Image {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What every card carries. */
export interface Card {
  type: ItemType;
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** The item's page on the toolkit site (absolute), or null. */
  url: string | null;
  api_url: string;
}

export interface ToolCard extends Card {
  type: "tool";
  image: Image | null;
  perspectives: string[];
  stages: string[];
  strands: string[];
  categories: string[];
  evidence_level: string;
  story_count: number;
  used_count: number;
  labels: ToolLabels;
}

export interface ToolLabels {
  perspectives: string[];
  stages: string[];
  strands: string[];
  categories: string[];
  evidence_level: string;
}

export interface FrameworkCard extends Card {
  type: "framework";
  image: Image | null;
  abbreviation: string;
  perspectives: string[];
  tool_count: number;
  story_count: number;
  labels: FrameworkLabels;
}

export interface FrameworkLabels {
  perspectives: string[];
}

export interface StoryCard extends Card {
  type: "story";
  image: Image | null;
  care_sector: string;
  nation: string;
  organisation: string;
  tools: string[];
  /** ISO 8601 date-time, or null. */
  published: string | null;
  labels: StoryLabels;
}

export interface StoryLabels {
  care_sector: string;
  nation: string;
  tools: string[];
}

export interface QuestionCard extends Card {
  type: "question";
  short_label: string;
  perspective: string;
  phase: string | null;
  stages: string[];
  tool_count: number;
  labels: QuestionLabels;
}

export interface QuestionLabels {
  perspective: string;
  phase: string | null;
  stages: string[];
}

/** Any card, told apart by its `type` (search results mix them). */
export type AnyCard = ToolCard | FrameworkCard | StoryCard | QuestionCard;

/** A page of a list: `tools/`, `questions/`, `search/`... */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** A term of a taxonomy (a stage, a strand, a category, a phase). */
export interface Term {
  slug: string;
  name: string;
  description: string;
}

export interface Perspective extends Term {
  phases: Term[];
}

/** `taxonomy/`. */
export interface Taxonomy {
  perspectives: Perspective[];
  stages: Term[];
  strands: Term[];
  categories: Term[];
}

/** `cards/`: the cards asked for, by kind; `missing` names the slugs not published. */
export interface Cards {
  tools?: ToolCard[];
  frameworks?: FrameworkCard[];
  stories?: StoryCard[];
  questions?: QuestionCard[];
  calendar?: EventCard[];
  missing: Missing;
}

export interface Missing {
  tools?: string[];
  frameworks?: string[];
  stories?: string[];
  questions?: string[];
  calendar?: string[];
}

/** Every error answer: `{"error": {"code", "message", "fields"?}}`. */
export interface ErrorBody {
  error: ErrorDetail;
}

export interface ErrorDetail {
  code: string;
  message: string;
  fields?: Record<string, string[]>;
}

/** `202` from `submissions/`: the reference to quote. */
export interface Receipt {
  reference: string;
  kind: string;
  status: string;
}

/** A reply in a thread of `discussions/` (also what every post has): plain text. */
export interface DiscussionReply {
  id: number;
  body: string;
  author: string | null;
  recommended: boolean;
  published: string;
  url: string | null;
}

/** The page a thread is about. */
export interface DiscussionThreadAbout {
  kind: string;
  slug: string;
  title: string;
  url: string;
}

/** A thread of `discussions/`: its first post, with its replies oldest first. */
export interface DiscussionThread extends DiscussionReply {
  about: DiscussionThreadAbout;
  locked: boolean;
  replies: DiscussionReply[];
}

/** An event's readable names for its values and slugs. */
export interface EventLabels {
  format: string;
  registration: string;
  perspectives: string[];
  tools: string[];
  frameworks: string[];
}

/** An event in `calendar/`: times in UTC, shown in `time_zone`. */
export interface EventCard {
  type: "event";
  id: number;
  slug: string;
  title: string;
  summary: string;
  url: string | null;
  api_url: string;
  format: "workshop" | "online-discussion" | "site-visit" | "training";
  start: string;
  end: string;
  time_zone: string;
  place: string;
  online: boolean;
  organiser: string;
  audience: string;
  registration: "none" | "external" | "toolkit";
  perspectives: string[];
  tools: string[];
  frameworks: string[];
  labels: EventLabels;
}
