import type { Direction, Neighbour } from './neighbour-tree';
import { neighbourTree } from './neighbour-tree';
import { NeighbourItem } from './neighbour-item';

const TITLES: Record<Direction, { title: string; none: string }> = {
  predecessors: { title: 'Predecessors', none: 'Nothing has to happen before this issue.' },
  successors: { title: 'Successors', none: 'Nothing waits for this issue.' },
};

/** Predecessors or successors: level 1 listed, level 2 behind a disclosure on each. */
export function NeighbourList({ neighbours, direction }: { neighbours: readonly Neighbour[]; direction: Direction }) {
  const groups = neighbourTree(neighbours, direction);
  const { title, none } = TITLES[direction];
  const titleId = `keel-ip-${direction}-title`;
  return (
    <section className="keel-ip-section" aria-labelledby={titleId} data-testid={direction}>
      <h2 id={titleId} className="keel-ip-title">
        {title} <span className="keel-count">{groups.length}</span>
      </h2>
      {groups.length === 0 ? (
        <p className="keel-muted keel-ip-text">{none}</p>
      ) : (
        <ul className="keel-ip-list">
          {groups.map((group) => (
            <NeighbourItem key={`${group.neighbour.via.linkId}:${group.neighbour.via.from}>${group.neighbour.via.to}`} group={group} direction={direction} />
          ))}
        </ul>
      )}
    </section>
  );
}
