import { afterEach, describe, expect, it } from "vitest";
import { ownScript, readConfig } from "../src/config";
import { STRINGS } from "../src/strings";
import { API, ORIGIN, scriptTag } from "./helpers";

describe("readConfig", () => {
  afterEach(() => document.head.replaceChildren());

  it("reads the API, partner key and theme from the script tag", () => {
    const config = readConfig(
      scriptTag({ "iitk-api": API, "iitk-partner": " trust-key ", "iitk-theme": "#AA0000" }),
    );
    expect(config.api).toBe(API);
    expect(config.partner).toBe("trust-key");
    expect(config.theme).toBe("#AA0000");
    expect(config.home).toBe(ORIGIN + "/");
    expect(config.css).toBe(ORIGIN + "/static/wagtail_iitk/widgets/iitk-widgets.css");
    expect(config.s).toEqual(STRINGS);
  });

  it("defaults the API to /api/iitk/v1/ on the script's origin", () => {
    const config = readConfig(scriptTag());
    expect(config.api).toBe(API);
    expect(config.partner).toBe("");
    expect(config.theme).toBe("#005eb8");
  });

  it("normalises the API base: a trailing slash, no query or fragment", () => {
    const config = readConfig(scriptTag({ "iitk-api": ORIGIN + "/api/iitk/v1?x=1#y" }));
    expect(config.api).toBe(API);
  });

  it("takes a relative API against the script's URL", () => {
    expect(readConfig(scriptTag({ "iitk-api": "/api/iitk/v1/" })).api).toBe(API);
  });

  it("refuses an API that is not http(s)", () => {
    expect(readConfig(scriptTag({ "iitk-api": "javascript:alert(1)" })).api).toBe(API);
  });

  it("accepts only a hex colour as the theme", () => {
    for (const bad of ["red;}body{display:none", "url(x)", "#12", "#1234567"]) {
      expect(readConfig(scriptTag({ "iitk-theme": bad })).theme).toBe("#005eb8");
    }
    expect(readConfig(scriptTag({ "iitk-theme": "#0a0" })).theme).toBe("#0a0");
  });

  it("overrides known strings with strings only", () => {
    const strings = JSON.stringify({ loading: "Wrthi'n llwytho…", next: 5, unknown: "x" });
    const config = readConfig(scriptTag({ "iitk-strings": strings }));
    expect(config.s.loading).toBe("Wrthi'n llwytho…");
    expect(config.s.next).toBe(STRINGS.next);
    expect("unknown" in config.s).toBe(false);
  });

  it("ignores strings that are not a JSON object", () => {
    for (const bad of ["{not json", "null", "[1]", '"text"']) {
      expect(readConfig(scriptTag({ "iitk-strings": bad })).s).toEqual(STRINGS);
    }
  });

  it("finds its script tag by src when document.currentScript is not set", () => {
    const other = document.createElement("script");
    other.setAttribute("src", "https://intranet.example.nhs.uk/site.js");
    const ours = scriptTag({ "iitk-partner": "k" });
    document.head.append(other, ours);
    expect(ownScript()).toBe(ours);
  });
});
