// Draws a .docx as pages of paper in the preview. docx-preview turns the document into HTML but breaks pages only where
// the file has explicit breaks, so one long sheet would come out: here each sheet is cut where its content passes the
// page's printable height, later sheets get the running header (the report's first page has its own), and the footers'
// "Page X of Y" are filled in. Approximate, as the preview says: Word and LibreOffice set lines a little differently.
import { parseAsync, renderDocument } from 'docx-preview';

const OPTIONS = { className: 'docx', breakPages: true, renderComments: false, renderChanges: false } as const;

const px = (value: string) => Number.parseFloat(value) || 0;

/** The header and footer of a page after the first, rendered from the same file with its first-page header turned off. */
async function continuationParts(doc: unknown): Promise<{ header: Element | null; footer: Element | null }> {
  // docx-preview exposes no typed model; when its shape is not the one expected, later pages repeat the first's parts.
  const body = (doc as { documentPart?: { body?: { props?: { titlePage?: boolean } } } }).documentPart?.body;
  if (!body?.props?.titlePage) return { header: null, footer: null };
  body.props.titlePage = false;
  const nodes = await renderDocument(doc, OPTIONS);
  body.props.titlePage = true;
  const holder = document.createElement('div');
  holder.append(...nodes);
  const page = holder.querySelector('section.docx');
  return { header: page?.querySelector(':scope > header') ?? null, footer: page?.querySelector(':scope > footer') ?? null };
}

/** Splits every sheet whose content is taller than the page into as many sheets as it needs. */
function cutSheets(container: HTMLElement, later: { header: Element | null; footer: Element | null }): void {
  for (let page = container.querySelector<HTMLElement>('section.docx'); page;) {
    const style = getComputedStyle(page);
    const printable = px(style.minHeight) - px(style.paddingTop) - px(style.paddingBottom);
    const article = page.querySelector<HTMLElement>(':scope > article:last-of-type');
    const blocks = article ? [...article.children] : [];
    const top = article?.getBoundingClientRect().top ?? 0;
    const cut = blocks.findIndex((b, i) => i > 0 && b.getBoundingClientRect().bottom - top > printable);
    if (article && printable > 0 && cut > 0) {
      const next = page.cloneNode(false) as HTMLElement;
      const header = later.header ?? page.querySelector(':scope > header');
      const footer = later.footer ?? page.querySelector(':scope > footer');
      if (header) next.append(header.cloneNode(true));
      const rest = article.cloneNode(false) as HTMLElement;
      rest.append(...blocks.slice(cut));
      next.append(rest);
      if (footer) next.append(footer.cloneNode(true));
      page.after(next);
    }
    page =
      page.nextElementSibling instanceof HTMLElement && page.nextElementSibling.matches('section.docx')
        ? page.nextElementSibling
        : null;
  }
}

/** The report's footer reads "Page X of Y" from fields Word fills when it lays out pages; here, from the sheets drawn. */
function numberPages(pages: HTMLElement[]): void {
  pages.forEach((page, i) => {
    for (const line of page.querySelectorAll(':scope > footer p')) {
      const runs = line.querySelectorAll('span');
      if (/^Page\s+of$/.test((line.textContent ?? '').trim()) && runs[0]) {
        runs[0].textContent = `Page ${i + 1} of ${pages.length}`;
        for (const extra of [...runs].slice(1)) extra.remove();
      }
    }
  });
}

/** Draws the report into `container` page by page; returns the number of pages drawn. */
export async function drawReportPages(bytes: Uint8Array, container: HTMLElement): Promise<number> {
  const doc = await parseAsync(bytes, OPTIONS);
  const nodes = await renderDocument(doc, OPTIONS);
  const later = await continuationParts(doc);
  container.replaceChildren(...nodes);
  cutSheets(container, later);
  const pages = [...container.querySelectorAll<HTMLElement>('section.docx')];
  numberPages(pages);
  return pages.length;
}
