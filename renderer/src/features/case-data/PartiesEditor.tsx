// Controlled editor for the case's parties (attorneys, claims administrator, employer…), with the applicant's
// representation spelled out above the list because the report's caption and service list depend on it.
import { Body1, Field, Select, Subtitle2, Textarea, useId } from '@fluentui/react-components';
import { PARTY_ROLES, PartySchema, type Party, type PartyRole } from '../../../../electron/common/case/structure-model';
import { partyRoleLabel, type Vocabulary } from '../../../../electron/common/template/vocabulary';
import { useVocabulary } from '../../hooks/use-vocabulary';
import { TextField } from '../../components/fields';
import {
  ListEditorShell,
  RemoveButton,
  fieldState,
  newId,
  useEditorStyles,
  useListEditing,
  type Issues,
  type ListEditorProps,
} from '../../components/list-editing';

export type PartiesEditorProps = ListEditorProps<Party>;

function newParty(role: PartyRole = 'applicant-attorney'): Party {
  return { id: newId(), role, name: '', organization: '', address: '', phone: '', email: '' };
}

/** "A. Lawyer (Applicant attorney)": how a party is named in labels and menus, in the template's words. */
export function describeParty(party: Party, words: Vocabulary): string {
  const who = party.name.trim() || party.organization.trim();
  const role = partyRoleLabel(party.role, words);
  return who ? `${who} (${role})` : role;
}

function representationLine(parties: readonly Party[], words: Vocabulary): string {
  const attorneys = parties
    .filter((p) => p.role === 'applicant-attorney')
    .map((p) => [p.name.trim(), p.organization.trim()].filter(Boolean).join(', '))
    .filter(Boolean);
  return attorneys.length > 0
    ? `${words.examinee}: represented by ${attorneys.join(' and ')}`
    : `${words.examinee} is unrepresented (no ${words.examineeAttorney.toLowerCase()} entered)`;
}

export function PartiesEditor({ items, onChange, onValidityChange }: PartiesEditorProps) {
  const { issues, list } = useListEditing(items, onChange, PartySchema, onValidityChange);
  const words = useVocabulary();

  const add = () => {
    // Applicant attorney first; later parties are most often the defense side.
    const party = newParty(items.some((p) => p.role === 'applicant-attorney') ? 'defense-attorney' : 'applicant-attorney');
    list.add(party, party.id);
  };

  return (
    <ListEditorShell
      list={list}
      add={{ label: 'Add party', onClick: add }}
      empty={
        <>
          No parties entered yet. Add the {words.examineeAttorney.toLowerCase()} (if any), the{' '}
          {words.defenseAttorney.toLowerCase()}, the {words.claimsAdministrator.toLowerCase()}, who referred the examination and
          anyone else who receives the report.
        </>
      }
    >
      <Body1>{representationLine(items, words)}</Body1>
      {items.map((party, index) => (
        <PartyCard
          key={party.id}
          party={party}
          number={index + 1}
          issues={issues[index] ?? {}}
          autoFocus={party.id === list.focusKey}
          onChange={(next) => list.replace(index, next)}
          onRemove={() => list.remove(index, `party ${index + 1} (${describeParty(party, words)})`)}
        />
      ))}
    </ListEditorShell>
  );
}

interface PartyCardProps {
  party: Party;
  number: number;
  issues: Issues;
  autoFocus: boolean;
  onChange: (party: Party) => void;
  onRemove: () => void;
}

function PartyCard({ party, number, issues, autoFocus, onChange, onRemove }: PartyCardProps) {
  const styles = useEditorStyles();
  const words = useVocabulary();
  const headingId = useId('party');
  const of = `party ${number}`;
  const set = (patch: Partial<Party>) => onChange({ ...party, ...patch });
  const text = (
    key: 'name' | 'organization' | 'phone' | 'email',
    label: string,
    max: number,
    type: 'text' | 'tel' | 'email' = 'text',
  ) => (
    <TextField
      label={label}
      required={key === 'name'}
      className={styles.grow}
      issue={issues[key]}
      type={type}
      ariaLabel={`${label} of ${of}`}
      value={party[key]}
      maxLength={max}
      onChange={(value) => set({ [key]: value })}
    />
  );

  return (
    <div role="group" aria-labelledby={headingId} className={styles.card}>
      <div className={styles.cardHeader}>
        <Subtitle2 as="h4" id={headingId} style={{ margin: 0 }}>
          Party {number}
        </Subtitle2>
        <RemoveButton what={of} onClick={onRemove} />
      </div>
      <div className={styles.row}>
        <Field label="Role" size="small" className={styles.narrow} {...fieldState(issues.role)}>
          <Select
            aria-label={`Role of ${of}`}
            value={party.role}
            autoFocus={autoFocus}
            onChange={(_, d) => set({ role: d.value as PartyRole })}
          >
            {PARTY_ROLES.map((role) => (
              <option key={role} value={role}>
                {partyRoleLabel(role, words)}
              </option>
            ))}
          </Select>
        </Field>
        {text('name', 'Name', 200)}
        {text('organization', 'Organization', 200)}
      </div>
      <div className={styles.row}>
        <Field label="Address" size="small" className={styles.grow} {...fieldState(issues.address)}>
          <Textarea
            aria-label={`Address of ${of}`}
            resize="vertical"
            rows={2}
            value={party.address}
            maxLength={500}
            onChange={(_, d) => set({ address: d.value })}
          />
        </Field>
        {text('phone', 'Phone', 40, 'tel')}
        {text('email', 'Email', 200, 'email')}
      </div>
    </div>
  );
}
