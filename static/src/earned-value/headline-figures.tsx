import type { EvmResult } from '@contract';
import { EacPicker } from './eac-picker';
import { eacDefinition, type EacVariant } from './eac-variant';
import { formatDate, formatMoney, formatRatio } from './evm-format';
import { FigureCard } from './figure-card';
import { cpiMeaning, cvMeaning, forecastMeaning, spiMeaning, spitMeaning, svMeaning, tcpiMeaning, toneOfIndex, toneOfTcpi, toneOfVariance, vacMeaning } from './figure-meaning';
import { notDefinedReason } from './not-defined-reason';

interface HeadlineFiguresProps {
  result: EvmResult;
  variant: EacVariant;
  onVariantChange: (variant: EacVariant) => void;
}

/** The figures sponsors ask for, each with its meaning; a figure that is not defined shows a dash and why. */
export function HeadlineFigures({ result, variant, onVariantChange }: HeadlineFiguresProps) {
  const { figures: f, earnedSchedule: es, currency } = result;
  const money = (v: number | null) => (v === null ? '' : formatMoney(v, currency));
  const ratio = (v: number | null) => (v === null ? '' : formatRatio(v));
  const why = (figure: string) => notDefinedReason(result, figure);
  const eac = f.eac[variant];
  const vac = f.vac[variant];
  const definition = eacDefinition(variant);
  return (
    <section className="keel-section" aria-labelledby="keel-ev-figures-title">
      <h2 id="keel-ev-figures-title" className="keel-section__title">
        Performance as of {formatDate(result.asOf)}
      </h2>
      <dl className="keel-ev-figures" data-testid="headline-figures">
        <FigureCard id="spi" label="Schedule performance (SPI)" value={f.spi} display={ratio(f.spi)} meaning={f.spi === null ? '' : spiMeaning(f.spi)} reason={why('spi')} tone={toneOfIndex(f.spi)} />
        <FigureCard id="cpi" label="Cost performance (CPI)" value={f.cpi} display={ratio(f.cpi)} meaning={f.cpi === null ? '' : cpiMeaning(f.cpi)} reason={why('cpi')} tone={toneOfIndex(f.cpi)} />
        <FigureCard id="sv" label="Schedule variance (SV)" value={f.sv} display={money(f.sv)} meaning={svMeaning(result)} reason="" tone={toneOfVariance(f.sv)} />
        <FigureCard id="cv" label="Cost variance (CV)" value={f.cv} display={money(f.cv)} meaning={cvMeaning(f.cv, currency)} reason="" tone={toneOfVariance(f.cv)} />
        <FigureCard id="eac" label="Estimate at completion (EAC)" value={eac} display={money(eac)} meaning={`Expected total cost (${definition.formula}) if ${definition.assumption}; the budget is ${money(f.bac)}.`} reason={why(`eac.${variant}`)} wide>
          <EacPicker eac={f.eac} currency={currency} variant={variant} onChange={onVariantChange} />
        </FigureCard>
        <FigureCard id="vac" label="Variance at completion (VAC)" value={vac} display={money(vac)} meaning={vac === null ? '' : vacMeaning(vac, currency)} reason={why(`vac.${variant}`)} tone={toneOfVariance(vac)} />
        <FigureCard id="tcpi" label="To-complete performance (TCPI, BAC)" value={f.tcpiBac} display={ratio(f.tcpiBac)} meaning={f.tcpiBac === null ? '' : tcpiMeaning(f.tcpiBac, 'budget')} reason={why('tcpiBac')} tone={toneOfTcpi(f.tcpiBac)} />
        <FigureCard id="tcpi-eac" label="TCPI against the EAC" value={f.tcpiEac[variant]} display={ratio(f.tcpiEac[variant])} meaning={f.tcpiEac[variant] === null ? '' : tcpiMeaning(f.tcpiEac[variant] ?? 0, 'estimate at completion')} reason={why(`tcpiEac.${variant}`)} />
        <FigureCard id="spit" label="Schedule performance in time (SPI(t))" value={es.spit} display={ratio(es.spit)} meaning={es.spit === null ? '' : spitMeaning(es.spit, result)} reason={why('earnedSchedule.spit')} tone={toneOfIndex(es.spit)} />
        <FigureCard id="forecast-finish" label="Forecast finish" value={es.forecastFinish} display={es.forecastFinish === null ? '' : formatDate(es.forecastFinish)} meaning={forecastMeaning(result)} reason={why('earnedSchedule.forecastDuration')} />
      </dl>
    </section>
  );
}
