import type { MacroDecisionsResult, MacroEvmResult, MacroForecastResult, MacroRaciResult, MacroRisksResult, StatusResult } from '@contract';
import { useResolver } from '../api/use-resolver';
import { LoadingState } from '../components/loading-state';
import { DecisionsMacro } from './decisions-macro';
import { EvmMacro } from './evm-macro';
import { ForecastMacro } from './forecast-macro';
import { MACRO_RESOLVERS, MACRO_TITLES, macroSetupOf, type MacroConfig, type MacroKind } from './macro-context';
import { MacroConfigView } from './macro-config-view';
import { configLabel, MacroError, NotConfigured } from './macro-states';
import { RaciMacro } from './raci-macro';
import { RisksMacro } from './risks-macro';
import { StatusMacro } from './status-macro';

type MacroData = MacroRaciResult | MacroDecisionsResult | MacroRisksResult | MacroEvmResult | MacroForecastResult | StatusResult;

function MacroBody({ kind, data, config }: { kind: MacroKind; data: MacroData; config: MacroConfig }) {
  // The resolver answers the result of its own kind; callResolver has checked its shape with the contract's schema.
  if (kind === 'raci' && 'rows' in data) return <RaciMacro data={data} />;
  if (kind === 'decisions' && 'decisions' in data) return <DecisionsMacro data={data} />;
  if (kind === 'risks' && 'topRisks' in data) return <RisksMacro data={data} />;
  if (kind === 'evm' && 'bac' in data) return <EvmMacro data={data} />;
  if (kind === 'forecast' && 'pending' in data) return <ForecastMacro data={data} projectKey={'projectKey' in config ? config.projectKey : ''} />;
  if (kind === 'status' && 'headline' in data) return <StatusMacro data={data} />;
  return null;
}

function LiveMacro({ kind, config }: { kind: MacroKind; config: MacroConfig }) {
  const { state, retry } = useResolver(MACRO_RESOLVERS[kind], config, JSON.stringify(config));
  if (state.status === 'loading') return <LoadingState label={`Loading ${MACRO_TITLES[kind]} for ${configLabel(config)}…`} />;
  if (state.status === 'error') return <MacroError kind={kind} config={config} code={state.code} message={state.message} onRetry={retry} />;
  return <MacroBody kind={kind} data={state.data} config={config} />;
}

/** A Keel macro in a Confluence page: its config dialog, "not configured", or the live view as the reader. */
export function MacroApp({ kind, extension }: { kind: MacroKind; extension: unknown }) {
  const setup = macroSetupOf(kind, extension);
  if (setup.configuring) return <MacroConfigView kind={kind} config={setup.config} />;
  if (setup.config === null) return <NotConfigured kind={kind} />;
  return (
    <div className="keel-macro-frame">
      <LiveMacro kind={kind} config={setup.config} />
    </div>
  );
}
