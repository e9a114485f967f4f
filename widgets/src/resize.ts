/** The one message the embed pages send their host: `{type: "iitk:resize", height}`. */
export const RESIZE = "iitk:resize";

/** The largest height (px) a host accepts for an embed. */
export const MAX_HEIGHT = 20000;

/** True when `data` is exactly `{type: "iitk:resize", height: <finite number 0–20000>}`. */
export function isResize(data: unknown): data is { type: string; height: number } {
  if (!data || typeof data != "object" || Object.keys(data).length != 2) return false;
  const { type, height } = data as { type: unknown; height: unknown };
  return type === RESIZE && typeof height == "number" && height >= 0 && height <= MAX_HEIGHT;
}

/**
 * The host side: size the iframe that sent a valid resize message. The sender must be
 * the contentWindow of an iframe on this page whose src starts with the message's
 * origin; anything else is ignored.
 */
export function onMessage(event: Pick<MessageEvent, "origin" | "source" | "data">): void {
  if (!isResize(event.data)) return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source && frame.src.startsWith(event.origin + "/")) {
      frame.style.height = Math.ceil(event.data.height) + "px";
    }
  }
}
