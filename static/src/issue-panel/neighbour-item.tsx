import { useId, useState } from 'react';
import type { Direction, NeighbourGroup } from './neighbour-tree';
import { NeighbourRow } from './neighbour-row';

const NOUN: Record<Direction, [string, string]> = {
  predecessors: ['predecessor', 'predecessors'],
  successors: ['successor', 'successors'],
};

/** A level-1 neighbour, and a disclosure button that shows the level-2 neighbours reached through it. */
export function NeighbourItem({ group, direction }: { group: NeighbourGroup; direction: Direction }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { neighbour, children } = group;
  const [one, many] = NOUN[direction];
  const count = `${children.length} ${children.length === 1 ? one : many}`;
  return (
    <li className="keel-ip-item" data-testid="neighbour" data-level="1" data-key={neighbour.node.key}>
      <NeighbourRow node={neighbour.node} via={neighbour.via} />
      {children.length > 0 && (
        <>
          <button
            type="button"
            className="keel-ip-disclosure"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            <span className="keel-ip-disclosure__icon" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {open ? `Hide ${count} of ${neighbour.node.key}` : `Show ${count} of ${neighbour.node.key}`}
          </button>
          <ul id={listId} className="keel-ip-children" hidden={!open} aria-label={`${many} of ${neighbour.node.key}`}>
            {children.map((child) => (
              <li key={`${child.via.linkId}:${child.via.from}>${child.via.to}`} data-testid="neighbour" data-level="2" data-key={child.node.key}>
                <NeighbourRow node={child.node} via={child.via} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
