import { MAX_HEIGHT, RESIZE } from "./resize";

/**
 * The parent page's origin: location.ancestorOrigins[0] where the browser has it, else
 * the origin of document.referrer. Null when neither is a http(s) origin: then nothing
 * is posted (never to "*").
 */
export function parentOrigin(ancestors: ArrayLike<string> | undefined, referrer: string): string | null {
  let origin = ancestors && ancestors[0];
  if (!origin) {
    try {
      origin = new URL(referrer).origin;
    } catch {
      return null;
    }
  }
  return /^https?:\/\/[^/]+$/.test(origin) ? origin : null;
}

/** Post the document's height to the parent now and whenever it changes. */
export function startResizing(win: Window): void {
  const doc = win.document;
  const origin = parentOrigin(win.location.ancestorOrigins, doc.referrer);
  if (!origin || win.parent === win) return;
  let last = -1;
  const post = () => {
    const height = Math.min(Math.ceil(doc.documentElement.getBoundingClientRect().height), MAX_HEIGHT);
    if (height != last) {
      last = height;
      win.parent.postMessage({ type: RESIZE, height }, origin);
    }
  };
  if (typeof ResizeObserver == "function") new ResizeObserver(post).observe(doc.documentElement);
  else {
    win.addEventListener("load", post);
    win.addEventListener("resize", post);
  }
  post();
}
