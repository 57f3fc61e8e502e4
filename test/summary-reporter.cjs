// Ends a jest run with the plain line "N passed, N failed[, N skipped]" that CI reads. Jest prints its own summary
// after every reporter's onRunComplete, so the line is written as the process exits, to come last.
// A test file that fails before any of its tests runs counts as one failure.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
