import { downloadCsv } from './csv-document';

/** "Export CSV": downloads what `csv()` writes (exactly what the view shows) as `fileName`. */
export function CsvButton({ csv, fileName, label = 'Export CSV' }: { csv: () => string; fileName: string; label?: string }) {
  return (
    <button type="button" className="keel-button keel-button--subtle" onClick={() => downloadCsv(csv(), fileName)}>
      {label}
    </button>
  );
}
