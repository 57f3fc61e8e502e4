import { useState } from 'react';
import type { EvmResult } from '@contract';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { StoredAnswerNote } from '../components/stored-answer-note';
import { LoadingState } from '../components/loading-state';
import { BaselinePanel, CURRENT_PLAN } from './baseline-panel';
import type { EacVariant } from './eac-variant';
import { EpicTable } from './epic-table';
import { CsvButton } from '../exports/csv-button';
import { evmFiguresCsv } from '../exports/evm-csv';
import { EvmFindingsList } from './evm-findings-list';
import { EvmHeader } from './evm-header';
import { HeadlineFigures } from './headline-figures';
import { PerformanceTrend } from './performance-trend';
import { SCurve } from './s-curve';

/** The Earned value tab: headline figures, S-curve, SPI and CPI trend, epics, baseline and missing data. */
export function EarnedValueView({ projectKey }: { projectKey: string }) {
  // null until the person picks one: the back end then uses the baseline the project's settings name.
  const [picked, setBaseline] = useState<string | null>(null);
  const [variant, setVariant] = useState<EacVariant>('cpi');
  const { state, retry } = useResolver('evm/get', picked === null ? { projectKey } : { projectKey, baseline: picked }, `${projectKey}\n${picked ?? ''}`);
  const result = state.status === 'ready' ? state.data : null;
  const baseline = picked ?? result?.baseline.name ?? CURRENT_PLAN;
  // A large project's figures while they are computed in the background (or not for this viewer): the note, no zeros.
  const withheld = result?.stored !== undefined && result.stored.state !== 'ready';
  return (
    <div className="keel-ev">
      {state.status === 'loading' && <LoadingState label={`Computing the earned value of ${projectKey}…`} />}
      {state.status === 'error' && (
        <ErrorState title={`Keel could not compute the earned value of ${projectKey}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />
      )}
      {result?.stored && <StoredAnswerNote stored={result.stored} what="earned value" onCheckAgain={retry} />}
      {result && !withheld && <EvmBody result={result} variant={variant} onVariantChange={setVariant} />}
      {/* Always in the same place, so saving a baseline and switching between them keep its state; after a failure
          it stays only to switch back from a stored baseline. */}
      {(state.status !== 'error' || baseline !== CURRENT_PLAN) && <BaselinePanel projectKey={projectKey} result={result} selected={baseline} onSelect={setBaseline} />}
      {result && !withheld && <EvmFindingsList findings={result.findings} />}
    </div>
  );
}

interface EvmBodyProps {
  result: EvmResult;
  variant: EacVariant;
  onVariantChange: (variant: EacVariant) => void;
}

function EvmBody({ result, variant, onVariantChange }: EvmBodyProps) {
  return (
    <>
      <EvmHeader result={result} />
      {result.figures.bac === 0 ? (
        <EmptyState title="No budget in scope" message="No budget in scope: estimate issues or set a budget source in Keel's settings." />
      ) : (
        <>
          <HeadlineFigures result={result} variant={variant} onVariantChange={onVariantChange} />
          <p className="keel-note">
            <CsvButton csv={() => evmFiguresCsv(result)} fileName={`keel-${result.project.key}-earned-value.csv`} label="Export figures as CSV" />
          </p>
          <SCurve result={result} variant={variant} />
          <PerformanceTrend result={result} />
          {result.epics.length > 0 && <EpicTable result={result} variant={variant} projectKey={result.project.key} />}
        </>
      )}
    </>
  );
}
