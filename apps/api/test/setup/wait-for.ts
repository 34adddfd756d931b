/** Polls until the check holds, for what the API does after its answer (sign-up, mail delivery). */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  what = 'the condition',
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not come true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
