// Marks each value the report still prints as a [bracketed] placeholder in the drawn preview, so the physician sees where.
// A bracket pair around 2–200 characters: from a short value label to a whole question left unanswered.
const PLACEHOLDER = /\[[^\][]{2,200}\]/g;

/** Wraps every placeholder in a <mark>; returns how many were marked. */
export function markPlaceholders(root: HTMLElement): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (PLACEHOLDER.test(node.nodeValue ?? '')) found.push(node as Text);
    PLACEHOLDER.lastIndex = 0;
  }
  let marked = 0;
  for (const node of found) {
    const text = node.nodeValue ?? '';
    const parts: Node[] = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      parts.push(document.createTextNode(text.slice(last, match.index)));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      parts.push(mark);
      last = match.index + match[0].length;
      marked += 1;
    }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
  return marked;
}
