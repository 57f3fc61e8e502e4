import { useResolver } from '../api/use-resolver';
import { errorAdvice } from '../api/error-advice';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { DerivedRisks } from './derived-risks';
import { RiskRegister } from './risk-register';
import { RiskSetupProblems } from './risk-setup-problems';
import { RisksHeader } from './risks-header';
import { StoredAnswerNote } from '../components/stored-answer-note';

/** The Risks tab: setup problems, heat map, flags, the register, and the schedule risks the plan reveals. */
export function RisksView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('risks/get', { projectKey }, projectKey);
  if (state.status === 'loading') return <LoadingState label={`Loading the risk register of ${projectKey}…`} />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title={`Keel could not load the risk register of ${projectKey}`}
        message={state.message}
        advice={errorAdvice(state.code)}
        onRetry={retry}
      />
    );
  }
  const register = state.data;
  return (
    <div className="keel-risks">
      <RisksHeader register={register} />
      {register.stored && <StoredAnswerNote stored={register.stored} what="schedule risks (the plan)" onCheckAgain={retry} />}
      {register.setupProblems.length > 0 && <RiskSetupProblems problems={register.setupProblems} fields={register.fields} />}
      {register.risks.length === 0 ? (
        <EmptyState
          title="No risks in scope"
          message={`No risks in scope: create issues of type ${register.riskIssueType} or map your risk type in Keel's settings.`}
        />
      ) : (
        <RiskRegister register={register} />
      )}
      <DerivedRisks derived={register.derived} />
    </div>
  );
}
