/** Bad flags, unreadable files, a snapshot that does not match the schema: one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
