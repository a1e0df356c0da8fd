// Which rich-text sections a case's report has, in export order. Until templates drive it, one narrative section.
export const NARRATIVE_SECTION_ID = 'narrative';

export const REPORT_SECTIONS = [{ id: NARRATIVE_SECTION_ID, heading: 'History and Findings' }] as const;
