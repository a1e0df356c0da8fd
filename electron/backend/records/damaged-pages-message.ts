// The sentence the physician reads when an imported file has pages that could not be read. Kept apart from the PDF
// reader so the extract workers never load the records types (zod and the document model) they do not use.
import { PAGE_PROBLEM_MESSAGE } from '../../common/records/records-types';

export function describeDamagedPages(fileName: string, pageNumbers: readonly number[], pageCount: number): string {
  const pages = pageNumbers.length === 1 ? `page ${pageNumbers[0]}` : `pages ${listPages(pageNumbers)}`;
  const rest = pageCount - pageNumbers.length;
  return (
    `${fileName}: ${pages} ${PAGE_PROBLEM_MESSAGE}. ` +
    `${pageNumbers.length === 1 ? 'It is' : 'They are'} counted as received; the other ${rest} ${rest === 1 ? 'page was' : 'pages were'} imported.`
  );
}

/** 3, 4, 5, 9 → "3–5, 9". */
function listPages(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    parts.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j;
  }
  return parts.join(', ');
}
