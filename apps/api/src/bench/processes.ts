import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';

/** Output kept per child, shown when it fails to start or dies during a run. */
const OUTPUT_LIMIT = 20_000;
/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100). */
const TICK_MICROS = 10_000;

/** A Node child process of the harness: the API or a baseline server. */
export class NodeChild {
  private output = '';
  private readonly exited: Promise<void>;
  private exitCode: number | null | undefined;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly stdoutFile: string | undefined,
  ) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = once(child, 'exit').then(([code]) => {
      this.exitCode = typeof code === 'number' ? code : null;
    });
  }

  /**
   * Starts `node [nodeArgs] <script>` with `env` added to ours; `ipc` opens a channel whose
   * closing tells a baseline that the harness is gone. With `stdoutFile`, the child writes
   * its standard output straight to that file, as a server under systemd writes to the
   * journal, so its log lines cost it what they cost in production and the harness nothing.
   */
  static start(
    name: string,
    script: string,
    env: NodeJS.ProcessEnv,
    options: { ipc: boolean; nodeArgs: readonly string[]; stdoutFile?: string },
  ): NodeChild {
    const stdout = options.stdoutFile ? openSync(options.stdoutFile, 'a') : 'pipe';
    const child = spawn(process.execPath, [...options.nodeArgs, script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout, 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
    });
    if (typeof stdout === 'number') closeSync(stdout);
    return new NodeChild(name, child, options.stdoutFile);
  }

  /**
   * CPU time (user + system) the child has used so far, in µs, from /proc (Linux);
   * undefined elsewhere. CPU per request stays meaningful when other work shares the machine.
   */
  cpuMicros(): number | undefined {
    try {
      const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const ticks = Number(fields[11]) + Number(fields[12]);
      return Number.isFinite(ticks) ? ticks * TICK_MICROS : undefined;
    } catch {
      return undefined;
    }
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  get log(): string {
    if (!this.stdoutFile) return this.output.trim();
    let written = '';
    try {
      written = readFileSync(this.stdoutFile, 'utf8').slice(-OUTPUT_LIMIT);
    } catch {
      // Nothing was written yet.
    }
    return `${written}${this.output}`.trim();
  }

  /** Resolves once the child printed a line matching `pattern`. */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(this.output);
      if (match) return match;
      this.assertRunning();
      await sleep(50);
    }
    throw new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms:\n${this.log}`);
  }

  /** Resolves once GET `url` answers 200. */
  async waitForHttp(url: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.assertRunning();
      const status = await fetch(url).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return;
      await sleep(200);
    }
    throw new Error(`${this.name} was not ready at ${url} within ${timeoutMs} ms:\n${this.log}`);
  }

  assertRunning(): void {
    if (!this.running) throw new Error(`${this.name} exited with code ${this.exitCode}:\n${this.log}`);
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. Safe to call twice. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
