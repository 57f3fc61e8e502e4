/** A Jira user as Keel's analyses name them: account id for mentions, display name for people. */
export interface Person {
  accountId: string;
  displayName: string;
  /** False for a deactivated or deleted account. */
  active: boolean;
}
