import { afterEach, describe, expect, it, vi } from "vitest";
import { parentOrigin, startResizing } from "../src/frame-core";
import { isResize, onMessage } from "../src/resize";

const TOOLKIT = "https://toolkit.example.org";

function frame(src: string) {
  const iframe = document.createElement("iframe");
  const win = {} as Window;
  iframe.setAttribute("srcdoc", "");
  document.body.append(iframe);
  // As a loaded iframe would have them (happy-dom is told not to load iframe pages).
  Object.defineProperty(iframe, "src", { value: src });
  Object.defineProperty(iframe, "contentWindow", { value: win });
  return { iframe, win };
}

describe("isResize", () => {
  it("accepts exactly {type: 'iitk:resize', height: 0–20000}", () => {
    for (const height of [0, 1, 512.5, 20000]) expect(isResize({ type: "iitk:resize", height })).toBe(true);
  });

  it("refuses every other shape", () => {
    const bad = [
      null,
      undefined,
      "iitk:resize",
      42,
      [],
      ["iitk:resize", 100],
      {},
      { type: "iitk:resize" },
      { type: "iitk:resize", height: "100" },
      { type: "iitk:resize", height: NaN },
      { type: "iitk:resize", height: Infinity },
      { type: "iitk:resize", height: -1 },
      { type: "iitk:resize", height: 20001 },
      { type: "iitk:resize", height: 100, extra: 1 },
      { type: "other", height: 100 },
      { height: 100, kind: "iitk:resize" },
    ];
    for (const data of bad) expect(isResize(data), JSON.stringify(data)).toBe(false);
  });
});

describe("iitk-embed.js (host page)", () => {
  afterEach(() => document.body.replaceChildren());

  it("sizes the iframe that sent the message", () => {
    const { iframe, win } = frame(`${TOOLKIT}/iitk/embed/tool/fishbone/`);
    const other = frame(`${TOOLKIT}/iitk/embed/tool/five-whys/`);
    onMessage({ origin: TOOLKIT, source: win, data: { type: "iitk:resize", height: 321.2 } });
    expect(iframe.style.height).toBe("322px");
    expect(other.iframe.style.height).toBe("");
    expect(iframe.hasAttribute("height")).toBe(false);
  });

  it("ignores a message from another origin", () => {
    const { iframe, win } = frame(`${TOOLKIT}/iitk/embed/tool/fishbone/`);
    onMessage({ origin: "https://evil.example", source: win, data: { type: "iitk:resize", height: 10 } });
    // An origin that merely starts the same way is not the same origin.
    const lookalike = frame(`${TOOLKIT}.evil.example/x/`);
    onMessage({ origin: TOOLKIT, source: lookalike.win, data: { type: "iitk:resize", height: 10 } });
    expect(iframe.style.height).toBe("");
    expect(lookalike.iframe.style.height).toBe("");
  });

  it("ignores a message from a window that is not the iframe", () => {
    const { iframe } = frame(`${TOOLKIT}/iitk/embed/tool/fishbone/`);
    onMessage({ origin: TOOLKIT, source: {} as Window, data: { type: "iitk:resize", height: 10 } });
    onMessage({ origin: TOOLKIT, source: null, data: { type: "iitk:resize", height: 10 } });
    expect(iframe.style.height).toBe("");
  });

  it("ignores messages of the wrong shape", () => {
    const { iframe, win } = frame(`${TOOLKIT}/iitk/embed/tool/fishbone/`);
    for (const data of [{ type: "iitk:resize", height: "10px" }, { type: "iitk:resize", height: 1e9 }, "10"]) {
      onMessage({ origin: TOOLKIT, source: win, data });
    }
    expect(iframe.style.height).toBe("");
  });
});

describe("iitk-frame.js (embed page)", () => {
  it("finds the parent origin from ancestorOrigins, else the referrer", () => {
    expect(parentOrigin(["https://intranet.nhs.uk"], "https://other.example/x")).toBe("https://intranet.nhs.uk");
    expect(parentOrigin(undefined, "https://intranet.nhs.uk:8443/page?q=1")).toBe("https://intranet.nhs.uk:8443");
    expect(parentOrigin([], "https://intranet.nhs.uk/page")).toBe("https://intranet.nhs.uk");
  });

  it("knows no origin without either, or for opaque origins", () => {
    expect(parentOrigin(undefined, "")).toBeNull();
    expect(parentOrigin(["null"], "")).toBeNull();
    expect(parentOrigin(undefined, "about:blank")).toBeNull();
    expect(parentOrigin(undefined, "file:///tmp/x.html")).toBeNull();
    expect(parentOrigin(["*"], "")).toBeNull();
  });

  function fakeWindow(ancestors: string[] | undefined, referrer: string, height = 480.4) {
    const postMessage = vi.fn();
    const listeners: Record<string, () => void> = {};
    const win = {
      parent: { postMessage },
      location: { ancestorOrigins: ancestors },
      document: {
        referrer,
        documentElement: { getBoundingClientRect: () => ({ height }) },
      },
      addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
    } as unknown as Window;
    return { win, postMessage, listeners };
  }

  it("posts its height to the parent's origin only", () => {
    vi.stubGlobal("ResizeObserver", undefined);
    const { win, postMessage, listeners } = fakeWindow(["https://intranet.nhs.uk"], "");
    startResizing(win);
    expect(postMessage).toHaveBeenCalledTimes(1);
    const [message, target] = postMessage.mock.calls[0];
    expect(message).toEqual({ type: "iitk:resize", height: 481 });
    expect(isResize(message)).toBe(true);
    expect(target).toBe("https://intranet.nhs.uk");
    // Unchanged height: no new message; listens to load and resize without ResizeObserver.
    listeners.resize();
    listeners.load();
    expect(postMessage).toHaveBeenCalledTimes(1);
  });

  it("never posts when the parent's origin is unknown", () => {
    const { win, postMessage } = fakeWindow(undefined, "");
    startResizing(win);
    expect(postMessage).not.toHaveBeenCalled();
  });

  it("never posts to '*'", () => {
    for (const [ancestors, referrer] of [[["*"], ""], [undefined, "*"], [["null"], "null"]] as const) {
      const { win, postMessage } = fakeWindow(ancestors as string[] | undefined, referrer);
      startResizing(win);
      expect(postMessage).not.toHaveBeenCalled();
    }
  });

  it("caps the height it reports", () => {
    vi.stubGlobal("ResizeObserver", undefined);
    const { win, postMessage } = fakeWindow(["https://intranet.nhs.uk"], "", 99999);
    startResizing(win);
    expect(postMessage.mock.calls[0][0].height).toBe(20000);
  });

  it("observes the document's size where ResizeObserver exists", () => {
    const observed: unknown[] = [];
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe(el: unknown) {
          observed.push(el);
        }
      },
    );
    const { win } = fakeWindow(["https://intranet.nhs.uk"], "");
    startResizing(win);
    expect(observed).toEqual([win.document.documentElement]);
  });
});
