// A fictional, realistic QME case the user can open from the empty case list and the demo exports.
// Every name, number and fact here is invented.
import type { CaseFields } from '../../common/case/case-model';
import type { RichDocument } from '../../common/document/doc-model';

export const SAMPLE_CASE_FIELDS: CaseFields = {
  examineeName: 'Maria Q. Sample',
  dateOfBirth: '1979-04-12',
  claimNumber: 'SAMPLE-WC-20260115',
  employer: 'Harbor View Distribution, Inc. (fictional)',
  claimsAdministrator: 'Golden Poppy Claims Services (fictional)',
  reportKind: 'QME',
  examDate: '2026-11-02',
};

export const SAMPLE_NARRATIVE: RichDocument = [
  { type: 'heading-one', children: [{ text: 'History of the injury' }] },
  {
    type: 'paragraph',
    children: [
      { text: 'The examinee is a 47-year-old right-hand-dominant warehouse lead who reports that on ' },
      { text: '01/15/2026', bold: true },
      { text: ', while lifting a 60-pound carton from a pallet to a conveyor, she felt a sudden pull in the low back with pain radiating into the ' },
      { text: 'left', italic: true },
      { text: ' leg. She reported the injury the same day and was seen at the employer’s occupational clinic.' },
    ],
  },
  { type: 'heading-two', children: [{ text: 'Current complaints' }] },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'Low back pain, 6/10 at rest and 8/10 with bending, constant.' }] },
      { type: 'list-item', children: [{ text: 'Intermittent numbness of the left lateral calf, worse after sitting more than 30 minutes.' }] },
      { type: 'list-item', children: [{ text: 'Right wrist pain with repetitive scanning, since about 09/2025.' }] },
    ],
  },
  { type: 'heading-two', children: [{ text: 'Treatment to date' }] },
  {
    type: 'numbered-list',
    children: [
      { type: 'list-item', children: [{ text: 'Occupational clinic visits with modified duty, 01/15/2026 to 02/20/2026.' }] },
      { type: 'list-item', children: [{ text: 'Physical therapy, 12 sessions, with partial improvement.' }] },
      { type: 'list-item', children: [{ text: 'MRI of the lumbar spine on 03/04/2026: L4-5 disc protrusion contacting the left L5 nerve root.' }] },
    ],
  },
  {
    type: 'paragraph',
    children: [
      { text: 'She denies any prior injury to the low back. ' },
      { text: 'She has not returned to her usual and customary work.', underline: true },
    ],
  },
];
