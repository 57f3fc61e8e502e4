/** The Keel modules the host can show, as manifest.yml declares them (key -> Forge extension type). */
export const HOST_MODULES = [{ key: 'keel-project-page', type: 'jira:projectPage', title: 'Keel' }] as const;
export type HostModule = (typeof HOST_MODULES)[number];
