import { apiUrl, getJSON, safeUrl } from "./api";
import { adopt, Base, newId } from "./base";
import EXPLORER_CSS from "./chunks/iitk-question-explorer.css";
import { tracked } from "./beacons";
import { h, homeLink, items, text, toolCards } from "./dom";
import type { Page, Perspective, QuestionCard, Taxonomy, ToolCard } from "./types";

/**
 * Perspectives → phases → questions → the tools that help answer each question, as
 * nested disclosures (buttons with aria-expanded and aria-controls). Each level loads
 * when first opened.
 *
 * @tag iitk-question-explorer
 * @summary The question-driven route through the toolkit.
 * @attr {string} perspective - A perspective's slug: start with that perspective's phases.
 * @csspart tree - A level of the explorer.
 * @csspart panel - What a disclosure button shows.
 * @csspart list - The tools that help answer a question.
 * @csspart card - A card's `<article>`.
 * @csspart title - A card's `<h3>`.
 * @csspart summary - A card's summary.
 * @csspart meta - A card's list of tags.
 * @csspart tag - One tag.
 */
export class QuestionExplorerElement extends Base {
  static observedAttributes = ["perspective"];

  constructor() {
    super();
    adopt(this._r, EXPLORER_CSS);
  }

  async _load(): Promise<Node> {
    const data = await getJSON<Taxonomy>(apiUrl("taxonomy/"));
    const wanted = this.getAttribute("perspective");
    const perspectives = items(data.perspectives, "name").filter(
      (p) => !wanted || p.slug == wanted,
    );
    if (!perspectives.length) throw Error("perspective");
    // One perspective asked for: start with its phases.
    return wanted
      ? this._phases(perspectives[0])
      : this._tree(perspectives.map((p) => this._node(p.name, () => this._phases(p))));
  }

  _tree(nodes: Node[]): HTMLUListElement {
    return h("ul", { role: "list", part: "tree" }, ...nodes);
  }

  /** A disclosure: a button that shows and hides a panel, filled when first opened. */
  _node(label: string, fill: () => Node | Promise<Node>): HTMLLIElement {
    const id = newId();
    const panel = h("div", { id, class: "iitk-panel", part: "panel", hidden: "" });
    const button = h(
      "button",
      {
        type: "button",
        class: "iitk-disclosure",
        part: "button",
        "aria-expanded": "false",
        "aria-controls": id,
      },
      label,
    );
    let filled = false;
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") != "true";
      button.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (!open || filled) return;
      filled = true;
      panel.setAttribute("aria-busy", "true");
      this._say(this._s.loading);
      new Promise<Node>((ok) => ok(fill())).then(
        (node) => {
          panel.replaceChildren(node);
          panel.removeAttribute("aria-busy");
          this._say("");
        },
        () => {
          filled = false;
          panel.replaceChildren(homeLink(this._s.view));
          panel.removeAttribute("aria-busy");
          this._say(this._s.error);
        },
      );
    });
    return h("li", null, button, panel);
  }

  /** A perspective's phases, each with its questions. */
  async _phases(perspective: Perspective): Promise<Node> {
    const data = await getJSON<Page<QuestionCard>>(
      apiUrl("questions/", { perspective: perspective.slug, limit: "100" }),
    );
    const questions = items(data.results);
    const groups: [string, QuestionCard[]][] = items(perspective.phases, "name").map((phase) => [
      phase.name,
      questions.filter((q) => q.phase == phase.slug),
    ]);
    const grouped = groups.flatMap((group) => group[1]);
    groups.push([this._s.other, questions.filter((q) => !grouped.includes(q))]);
    return questions.length
      ? this._tree(
          groups
            .filter((group) => group[1].length)
            .map(([name, list]) =>
              this._node(name, () =>
                this._tree(list.map((q) => this._node(q.title, () => this._tools(q)))),
              ),
            ),
        )
      : h("p", null, this._s.none);
  }

  /** The tools that help answer a question. */
  async _tools(question: QuestionCard): Promise<Node> {
    const data = await getJSON<Page<ToolCard>>(
      apiUrl("tools/", { question: question.slug, limit: "100" }),
    );
    const tools = items(data.results);
    const href = safeUrl(question.url);
    return h(
      "div",
      null,
      text(question.summary) && h("p", { part: "summary" }, question.summary),
      tools.length ? toolCards(tools) : h("p", null, this._s.none),
      href && h("p", null, tracked(h("a", { href, part: "link" }, this._s.view), question)),
    );
  }
}
