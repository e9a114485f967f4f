/** The toolkit's IITK-Warning header (e.g. an unknown partner key) reaches the console once. */
import { beforeEach, expect, it, vi } from "vitest";
import { add, cardsApi, mockFetch, setup, until } from "./helpers";

const WARNING = 'Improving Improvement Toolkit widgets: the toolkit does not know the partner key "trust-key".';

beforeEach(() => setup());

it("prints the toolkit's warning in the console once a page, and carries on", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const cards = cardsApi();
  mockFetch(async (url) => {
    const response = await cards(url);
    response.headers.set("IITK-Warning", WARNING);
    return response;
  });
  const first = add(`<iitk-tool-card slug="a"></iitk-tool-card>`);
  await until(first, "ready");
  const second = add(`<iitk-story-card slug="b"></iitk-story-card>`);
  await until(second, "ready");
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn).toHaveBeenCalledWith(WARNING);
});
