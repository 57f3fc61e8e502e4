/**
 * The Jira projects the person configuring a macro may browse, for the config dialog's picker, read from the
 * browser with `requestJira` as that person (`GET /rest/api/3/project/search`, first 100 by name). null while
 * loading or when Jira cannot be read: the dialog then takes a typed key.
 */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { visibleProjects, type ReadJira, type VisibleProject } from './visible-projects';

export function useVisibleProjects(read: ReadJira = requestJira): VisibleProject[] | null {
  const [projects, setProjects] = useState<VisibleProject[] | null>(null);
  useEffect(() => {
    let live = true;
    void visibleProjects(read).then((found) => live && setProjects(found));
    return () => {
      live = false;
    };
  }, [read]);
  return projects;
}
