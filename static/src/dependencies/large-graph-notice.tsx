/** Instead of a drawing too large to read or to draw quickly: what to do, while the table lists every issue. */
export function LargeGraphNotice({ count, onCollapse, onDrawAll }: { count: number; onCollapse: () => void; onDrawAll: () => void }) {
  return (
    <div className="keel-state keel-state--empty" role="status" data-testid="large-graph">
      <p className="keel-state__message">
        {`${count} issues are too many to draw legibly. Collapse them to one box per epic, narrow the map with the filters or a focus, or use the schedule table below, which lists every issue.`}
      </p>
      <p>
        <button type="button" className="keel-button" onClick={onCollapse}>
          Collapse to epics
        </button>{' '}
        <button type="button" className="keel-button keel-button--subtle" onClick={onDrawAll}>
          {`Draw all ${count} anyway`}
        </button>
      </p>
    </div>
  );
}
