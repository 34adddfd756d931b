import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Closes the run with one line of totals, in the same form as `npm test`. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') return;
    if (result.status === 'passed') this.passed++;
    // A failed attempt that will be retried is not the test's final result.
    else if (result.retry >= test.retries) this.failed++;
  }

  onEnd(result: FullResult): void {
    const failed = result.status === 'passed' || this.failed > 0 ? this.failed : this.failed + 1;
    console.log(`\ne2e: ${this.passed} passed, ${failed} failed`);
  }
}
