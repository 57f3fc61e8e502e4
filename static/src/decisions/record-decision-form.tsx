import { useState, type FormEvent } from 'react';
import { DECISION_STATUSES, type DecisionStatus, type PersonName, type RecordedDecision } from '@contract';
import { UserPicker } from '../admin/user-picker';
import { callResolver } from '../api/call-resolver';
import { DecisionFormField } from './decision-form-field';
import { decisionPayloadOf, emptyDecisionForm, type DecisionFormField as Field, type DecisionFormProblems, type DecisionFormValues } from './decision-form-values';

interface RecordDecisionFormProps {
  projectKey: string;
  /** Pre-filled "relates to" keys (the issue panel passes its issue). */
  relatesTo?: string;
  onRecorded: (recorded: RecordedDecision) => void;
  onCancel: () => void;
}

const STATUS_LABEL: Record<DecisionStatus, string> = { proposed: 'Proposed', decided: 'Decided', superseded: 'Superseded', rejected: 'Rejected' };

/**
 * "Record a decision": creates the decision issue in Jira as the user. Every problem is shown next to its field
 * at once, checked here first and again by the back end; a problem only Jira can see is shown above the buttons.
 */
export function RecordDecisionForm({ projectKey, relatesTo = '', onRecorded, onCancel }: RecordDecisionFormProps) {
  const [values, setValues] = useState<DecisionFormValues>(() => emptyDecisionForm(relatesTo));
  const [problems, setProblems] = useState<DecisionFormProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [owner, setOwner] = useState<PersonName | null>(null);
  const field = (name: Exclude<Field, 'status'>) => ({ name, value: values[name], problem: problems[name], onChange: (value: string) => setValues({ ...values, [name]: value }) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = decisionPayloadOf(projectKey, values);
    setFailure(null);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    setSaving(true);
    callResolver('decisions/create', { ...checked.payload, ...(owner === null ? {} : { ownerAccountId: owner.accountId }) }).then(
      (recorded) => {
        setSaving(false);
        onRecorded(recorded);
      },
      (error: unknown) => {
        setSaving(false);
        setFailure(error instanceof Error ? error.message : String(error));
      },
    );
  };

  return (
    <form className="keel-decision-form" onSubmit={submit} noValidate aria-label="Record a decision" data-testid="record-decision-form">
      <DecisionFormField label="Title" {...field('title')} />
      <div className="keel-form-field">
        <label htmlFor="keel-decision-status">Status</label>
        <select id="keel-decision-status" className="keel-input" value={values.status} onChange={(e) => setValues({ ...values, status: DECISION_STATUSES.find((s) => s === e.target.value) ?? 'proposed' })}>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <DecisionFormField label="Context" multiline {...field('context')} />
      <DecisionFormField label="Options considered" multiline hint="One option per line." {...field('options')} />
      <DecisionFormField label="Outcome" multiline {...field('outcome')} />
      <DecisionFormField label="Consequences" multiline {...field('consequences')} />
      <DecisionFormField label="Supersedes" hint="Keys of earlier decisions this one replaces, e.g. WEB-16." {...field('supersedes')} />
      <DecisionFormField label="Relates to" hint="Keys of issues or risks, separated by commas." {...field('relatesTo')} />
      <div className="keel-form-field" data-testid="decision-owner">
        <span className="keel-form-label">Owner</span>
        <span>
          {owner === null ? 'You' : owner.displayName}
          {owner !== null && (
            <button type="button" className="keel-link-button" onClick={() => setOwner(null)}>
              {' '}(make it me)
            </button>
          )}
        </span>
        <UserPicker label="Find another owner" onPick={setOwner} />
      </div>
      <p className="keel-muted">The issue is created in Jira under your name.</p>
      {failure !== null && (
        <p className="keel-form-problem" role="alert" data-testid="record-decision-failure">
          {failure}
        </p>
      )}
      <div className="keel-form-buttons">
        <button type="submit" className="keel-button" disabled={saving}>
          {saving ? 'Recording…' : 'Record decision'}
        </button>
        <button type="button" className="keel-button keel-button--subtle" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
