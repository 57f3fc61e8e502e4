import type { OverviewResult } from '@contract';

/** Issue links in scope by link type, and how Keel's settings map each type. */
export function LinksByTypeTable({ links }: { links: OverviewResult['linksByType'] }) {
  return (
    <section className="keel-section" aria-labelledby="keel-links-title">
      <h2 id="keel-links-title" className="keel-section__title">
        Dependency links by type
      </h2>
      {links.length === 0 ? (
        <p className="keel-muted">No issue in scope has links.</p>
      ) : (
        <table className="keel-table" data-testid="links-by-type">
          <thead>
            <tr>
              <th scope="col">Link type</th>
              <th scope="col" className="keel-num">
                Links
              </th>
              <th scope="col">Mapped as</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.name}>
                <th scope="row">{link.name}</th>
                <td className="keel-num">{link.count}</td>
                <td>{link.mappedAs ?? <span className="keel-muted">not a dependency</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
