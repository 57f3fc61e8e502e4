export type LozengeAppearance = 'default' | 'inprogress' | 'success';

/** Atlassian's lozenge: a short uppercase status label (grey to do, blue in progress, green done). */
export function Lozenge({ appearance, children }: { appearance: LozengeAppearance; children: string }) {
  return <span className={`keel-lozenge keel-lozenge--${appearance}`}>{children}</span>;
}
