// The coding checks of the review step: an ICD-10-CM "initial encounter" 7th character on a diagnosis examined long after
// the injury, and an interpreter on the case with a California med-legal fee billed without modifier -93. Both only warn:
// the physician knows the encounter and the bill; these point at what usually fits.
import { daysBetween } from '../calc/calendar-math';
import { FEE_SCHEDULES, type FeeSchedule } from '../calc/fees';
import { bodyPartKey, type FeeInput } from '../case/discussion-model';
import type { Diagnosis, Injury } from '../case/structure-model';
import { formatUsDate } from '../util/iso-date';

/** The date an injury happened: the date of a specific injury, the last day of a cumulative-trauma period. */
function injuryDate(injury: Injury): string | null {
  return injury.kind === 'specific' ? injury.date : (injury.ctTo ?? injury.ctFrom);
}

/** "S83.241A" → "A"; null for codes without a 7th character. */
function seventhCharacter(code: string): string | null {
  const bare = code.replace('.', '');
  return bare.length === 7 ? bare[6]! : null;
}

/** The code with another 7th character: "S83.241A", "D" → "S83.241D". */
const withSeventh = (code: string, ch: string) => `${code.slice(0, -1)}${ch}`;

/**
 * The latest injury date the diagnosis can belong to: the injuries that claim its body part, else (a body part typed
 * differently, or none) every injury. The latest date is the one least likely to raise a false warning.
 */
function dateFor(diagnosis: Diagnosis, injuries: readonly Injury[]): string | null {
  const part = bodyPartKey(diagnosis.bodyPart);
  const own = injuries.filter((i) => i.bodyParts.some((p) => bodyPartKey(p.name) === part));
  const dates = (own.length ? own : injuries).map(injuryDate).filter((d): d is string => !!d);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

function timeText(days: number): string {
  const months = Math.floor(days / 30.44);
  if (months >= 24) return `${Math.floor(months / 12)} years`;
  return months >= 2 ? `${months} months` : `${days} days`;
}

interface EncounterFinding {
  diagnosisId: string;
  message: string;
}

/** Diagnoses coded "A" (initial encounter) although the examination is more than `minDays` after the injury. */
export function initialEncounterFindings(
  diagnoses: readonly Diagnosis[],
  injuries: readonly Injury[],
  examDate: string | null,
  minDays: number,
): EncounterFinding[] {
  if (!examDate) return [];
  const findings: EncounterFinding[] = [];
  for (const d of diagnoses) {
    if (seventhCharacter(d.code) !== 'A') continue;
    const injured = dateFor(d, injuries);
    if (!injured) continue;
    const days = daysBetween(injured, examDate);
    if (days <= minDays) continue;
    const part = d.bodyPart.trim() || 'no body part entered';
    findings.push({
      diagnosisId: d.id,
      message:
        `${d.code} (${part}) ends in "A", initial encounter, but the examination on ${formatUsDate(examDate)} is ${timeText(days)} ` +
        `after the injury of ${formatUsDate(injured)}. If active treatment is over, use "D" for a subsequent encounter ` +
        `(${withSeventh(d.code, 'D')}) or "S" for a sequela (${withSeventh(d.code, 'S')}).`,
    });
  }
  return findings;
}

const INTERPRETER_MODIFIER = '93';

/** The fee table in force on a date (the newest when no date is known yet); null before the first one. */
function feeScheduleOn(date: string | null): FeeSchedule | null {
  const on = date ?? FEE_SCHEDULES[FEE_SCHEDULES.length - 1]!.effectiveFrom;
  const applicable = FEE_SCHEDULES.filter((s) => s.effectiveFrom <= on && (!s.effectiveTo || on <= s.effectiveTo));
  return applicable[applicable.length - 1] ?? null;
}

type InterpreterFeeFinding = { status: 'pass' | 'warning'; message: string };

/** An interpreter on the case and a California med-legal fee that -93 applies to, billed without it: a warning. */
export function interpreterFeeFinding(
  interpreter: string,
  fee: FeeInput | null,
  serviceDate: string | null,
): InterpreterFeeFinding {
  if (interpreter === '') return { status: 'pass', message: 'No interpreter is entered for this case.' };
  if (!fee) return { status: 'pass', message: 'An interpreter is entered; no fee is entered in the fee tool yet.' };
  const rule = feeScheduleOn(serviceDate)?.modifiers[INTERPRETER_MODIFIER];
  if (!rule || !rule.appliesTo.includes(fee.code))
    return {
      status: 'pass',
      message: `An interpreter is entered; modifier -${INTERPRETER_MODIFIER} does not apply to ${fee.code} in the fee schedule.`,
    };
  if (fee.modifiers.includes(INTERPRETER_MODIFIER))
    return { status: 'pass', message: `The fee is billed with modifier -${INTERPRETER_MODIFIER} for the interpreter.` };
  return {
    status: 'warning',
    message:
      `An interpreter is entered for this case (${interpreter}), but the fee (${fee.code}) has no modifier -${INTERPRETER_MODIFIER} ` +
      `(${rule.label.toLowerCase()}, +${rule.percent}%). If an interpreter was needed at the evaluation, add -${INTERPRETER_MODIFIER} in the fee tool.`,
  };
}
