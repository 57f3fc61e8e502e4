/**
 * After a decision is recorded, the project's decision log page in Confluence is updated, if Keel published
 * one before (`confluence/spaces` names the last target), through the publishing use case (`decisions/publish`).
 * Answers a sentence for the person; a failure here never undoes the recorded decision.
 */
import { callResolver } from '../api/call-resolver';

export async function updatePublishedLog(projectKey: string): Promise<string | null> {
  try {
    const { lastTarget } = await callResolver('confluence/spaces', { projectKey, artefact: 'decisions' });
    if (lastTarget === null) return null;
    const published = await callResolver('decisions/publish', { projectKey, spaceKey: lastTarget.spaceKey, ...(lastTarget.parentId === null ? {} : { parentId: lastTarget.parentId }) });
    return published.changed
      ? `The decision log page "${published.title}" in Confluence was updated (version ${published.version}).`
      : `The decision log page "${published.title}" in Confluence already says this.`;
  } catch (error) {
    return `The decision log page in Confluence was not updated: ${error instanceof Error ? error.message : String(error)} Publish it again from the Decisions tab.`;
  }
}
