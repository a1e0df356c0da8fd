// The physician's settings: profile (validated by the common schema), signature image, letterhead and own spelling
// dictionary. A chosen file is checked completely before anything is stored; a refused file leaves the stored one as it was.
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import type { PhysicianProfile } from '../../common/settings/settings-model';
import {
  LETTERHEAD_MAX_BYTES,
  PhysicianProfileSchema,
  SIGNATURE_IMAGE_MAX_BYTES,
  type LetterheadSummary,
  type PhysicianProfileInput,
  type SettingsView,
  type SignatureImageSummary,
} from '../../common/settings/settings-model';
import { MAX_SPELLING_WORDS, normaliseSpellingWords, type SpellingWords } from '../../common/settings/spelling-dictionary';
import { letterheadPartFor, readLetterhead, type Letterhead } from '../report/docx/letterhead';
import type { BackendHost } from '../host';
import { createSettingsRepository } from './settings-repository';
import type { Db } from '../persistence/open-database';

interface FileMeta {
  fileName: string;
  addedAt: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_SIGNATURE_SIDE = 5000;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Reads a chosen file after checking it exists and is not larger than the limit (checked before reading). */
function readChosenFile(filePath: string, maxBytes: number, what: string, fix: string): { bytes: Buffer; fileName: string } {
  const fileName = path.basename(filePath);
  let size: number;
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppFailure(
      'invalid-file',
      `The ${what} "${fileName}" could not be read: the file no longer exists or is not a file. Choose it again.`,
    );
  }
  if (size === 0) throw new AppFailure('invalid-file', `The ${what} "${fileName}" is empty (0 bytes). ${fix}`);
  if (size > maxBytes) {
    throw new AppFailure(
      'invalid-file',
      `The ${what} "${fileName}" is ${megabytes(size)}; it can be at most ${megabytes(maxBytes)}. ${fix}`,
    );
  }
  try {
    return { bytes: fs.readFileSync(filePath), fileName };
  } catch {
    throw new AppFailure(
      'invalid-file',
      `The ${what} "${fileName}" could not be read (it may be open in another program). Close it and choose it again.`,
    );
  }
}

/** Width and height of a complete PNG, or the reason it is not one. */
function checkPng(bytes: Uint8Array): { width: number; height: number } | { problem: string } {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b))
    return { problem: 'is not a PNG image (it does not start with the PNG signature)' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return { problem: 'is a damaged PNG image (its header chunk is missing)' };
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) return { problem: 'is a damaged PNG image (it has no width or height)' };
  if (width > MAX_SIGNATURE_SIDE || height > MAX_SIGNATURE_SIDE) {
    return {
      problem: `is ${width} × ${height} pixels; a signature image can be at most ${MAX_SIGNATURE_SIDE} pixels on each side`,
    };
  }
  const tail = String.fromCharCode(...bytes.subarray(bytes.length - 8, bytes.length - 4));
  if (tail !== 'IEND') return { problem: 'is an incomplete PNG image (the file is cut off)' };
  return { width, height };
}

function letterheadSummary(lh: Letterhead, meta: FileMeta, bytes: number): LetterheadSummary {
  return {
    fileName: meta.fileName,
    bytes,
    addedAt: meta.addedAt,
    firstPageHeaderText: letterheadPartFor(lh, 'header', 'first')?.text ?? '',
    headerText: letterheadPartFor(lh, 'header', 'default')?.text ?? '',
    footerText: letterheadPartFor(lh, 'footer', 'default')?.text ?? '',
    hasFirstPageHeader: lh.titlePage && !!lh.headers.first,
    bodyFont: lh.bodyFont,
    bodySizePt: lh.bodySizePt,
  };
}

export interface SettingsServiceDeps {
  db: Db;
  host: BackendHost;
}

export function createSettingsService({ db, host }: SettingsServiceDeps) {
  const repo = createSettingsRepository(db);
  let letterheadCache: { updatedAt: string; letterhead: Letterhead } | null = null;

  const meta = (json: string | null): FileMeta | null => {
    try {
      const parsed = json ? (JSON.parse(json) as Partial<FileMeta & { width: number; height: number }>) : null;
      return parsed && typeof parsed.fileName === 'string' ? { fileName: parsed.fileName, addedAt: parsed.addedAt ?? '' } : null;
    } catch {
      return null;
    }
  };

  function profile(): PhysicianProfile | null {
    const row = repo.get('physician-profile');
    if (!row?.json) return null;
    try {
      const parsed = PhysicianProfileSchema.safeParse(JSON.parse(row.json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function signatureImage(): SignatureImageSummary | null {
    const row = repo.get('signature-image');
    const m = meta(row?.json ?? null);
    if (!row?.blob || !m) return null;
    const size = checkPng(row.blob);
    if ('problem' in size) return null;
    return {
      ...m,
      bytes: row.blob.length,
      width: size.width,
      height: size.height,
      previewDataUrl: `data:image/png;base64,${row.blob.toString('base64')}`,
    };
  }

  function letterhead(): Letterhead | null {
    const row = repo.get('letterhead');
    const m = meta(row?.json ?? null);
    if (!row?.blob || !m) return null;
    if (letterheadCache?.updatedAt === row.updatedAt) return letterheadCache.letterhead;
    try {
      const parsed = readLetterhead(row.blob, m.fileName);
      letterheadCache = { updatedAt: row.updatedAt, letterhead: parsed };
      return parsed;
    } catch {
      return null;
    }
  }

  function letterheadView(): LetterheadSummary | null {
    const row = repo.get('letterhead');
    const m = meta(row?.json ?? null);
    const lh = letterhead();
    return row?.blob && m && lh ? letterheadSummary(lh, m, row.blob.length) : null;
  }

  async function chooseFile(filter: { name: string; extensions: string[] }): Promise<string | null> {
    if (!host.chooseOpenFile)
      throw new AppFailure('invalid-input', 'Choosing a file is not available here. Use the MedLegal Writer app to add it.');
    return host.chooseOpenFile(filter);
  }

  function spellingWords(): SpellingWords {
    const row = repo.get('spelling-dictionary');
    try {
      const parsed: unknown = row?.json ? JSON.parse(row.json) : [];
      return { words: Array.isArray(parsed) ? normaliseSpellingWords(parsed.filter((w) => typeof w === 'string')) : [] };
    } catch {
      return { words: [] };
    }
  }

  function storeSpellingWords(words: string[]): SpellingWords {
    const normalised = normaliseSpellingWords(words);
    repo.put('spelling-dictionary', JSON.stringify(normalised));
    return { words: normalised };
  }

  const service = {
    view: (): SettingsView => ({ profile: profile(), signatureImage: signatureImage(), letterhead: letterheadView() }),
    profile,
    saveProfile(input: PhysicianProfileInput): PhysicianProfile {
      const parsed = PhysicianProfileSchema.safeParse(input);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new AppFailure(
          'invalid-input',
          `${first?.path.join('.') ? `${first.path.join('.')}: ` : ''}${first?.message ?? 'The profile is not valid.'}`,
        );
      }
      repo.put('physician-profile', JSON.stringify(parsed.data));
      return parsed.data;
    },
    signatureImage,
    /** PNG bytes for the signature line, or null. */
    signaturePng(): Uint8Array | null {
      const row = repo.get('signature-image');
      return row?.blob && !('problem' in checkPng(row.blob)) ? new Uint8Array(row.blob) : null;
    },
    /** Validates and stores a signature image from a path (the dialog's answer, or a test's file). */
    storeSignatureImage(filePath: string): SignatureImageSummary {
      const fix = 'Save your signature as a PNG image (a transparent background prints best) and choose it again.';
      const { bytes, fileName } = readChosenFile(filePath, SIGNATURE_IMAGE_MAX_BYTES, 'signature image', fix);
      const checked = checkPng(bytes);
      if ('problem' in checked)
        throw new AppFailure('invalid-file', `The signature image "${fileName}" ${checked.problem}. ${fix}`);
      repo.put(
        'signature-image',
        JSON.stringify({ fileName, addedAt: new Date().toISOString(), width: checked.width, height: checked.height }),
        bytes,
      );
      return signatureImage()!;
    },
    async chooseSignatureImage(): Promise<SignatureImageSummary | null> {
      const filePath = await chooseFile({ name: 'PNG image', extensions: ['png'] });
      return filePath ? service.storeSignatureImage(filePath) : null;
    },
    clearSignatureImage: () => ({ cleared: repo.delete('signature-image') }),
    letterhead,
    /** Validates and stores a letterhead from a path. */
    storeLetterhead(filePath: string): LetterheadSummary {
      const fix = 'Choose a Word document (.docx) of at most 10 MB whose header holds your letterhead.';
      const { bytes, fileName } = readChosenFile(filePath, LETTERHEAD_MAX_BYTES, 'letterhead', fix);
      readLetterhead(bytes, fileName);
      repo.put('letterhead', JSON.stringify({ fileName, addedAt: new Date().toISOString() }), bytes);
      letterheadCache = null;
      return letterheadView()!;
    },
    async chooseLetterhead(): Promise<LetterheadSummary | null> {
      const filePath = await chooseFile({ name: 'Word document', extensions: ['docx'] });
      return filePath ? service.storeLetterhead(filePath) : null;
    },
    clearLetterhead() {
      letterheadCache = null;
      return { cleared: repo.delete('letterhead') };
    },
    spellingWords,
    addSpellingWord(word: string): SpellingWords {
      const words = spellingWords().words;
      if (words.length >= MAX_SPELLING_WORDS) {
        throw new AppFailure(
          'invalid-input',
          `Your dictionary already holds ${MAX_SPELLING_WORDS} words. Remove words you no longer need, then add "${word}" again.`,
        );
      }
      return storeSpellingWords([...words, word]);
    },
    removeSpellingWord: (word: string): SpellingWords =>
      storeSpellingWords(spellingWords().words.filter((w) => w !== word.trim().replace(/’/g, "'"))),
  };
  return service;
}
export type SettingsService = ReturnType<typeof createSettingsService>;
