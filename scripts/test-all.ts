/**
 * `npm test`: every check, in order, with one summary at the end.
 *   typecheck → lint (ESLint + web-ext lint) → build → unit (Vitest, happy-dom)
 *   → e2e (Vitest driving real Chromium and Firefox) → bench smoke (real Chromium)
 * Each Vitest suite reports through its JSON reporter; a non-Vitest step counts as one
 * test. The last line is `N passed, N failed`, which CI reads; exit code 1 on any failure
 * or when no test ran at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = resolve(ROOT, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

interface StepResult {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly seconds: number;
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function step(name: string, command: string, args: string[]): StepResult {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const start = Date.now();
  const ok = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - start) / 1000 };
}

function vitestStep(name: string, configArgs: string[]): StepResult {
  const report = resolve(ARTIFACTS, `${name}-results.json`);
  rmSync(report, { force: true });
  console.log(`\n━━ ${name}: vitest run ${configArgs.join(' ')}`);
  const start = Date.now();
  const ok = run('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const seconds = (Date.now() - start) / 1000;
  if (!existsSync(report)) return { name, passed: 0, failed: 1, seconds };
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  // A suite that fails to load has no failed tests but must still fail the run.
  const failed = json.numFailedTests + json.numFailedTestSuites + (ok || json.numFailedTests > 0 ? 0 : 1);
  return { name, passed: json.numPassedTests, failed, seconds };
}

const only = process.argv.slice(2);
const wanted = (name: string): boolean => only.length === 0 || only.includes(name);
const results: StepResult[] = [];

if (wanted('typecheck')) results.push(step('typecheck', 'npx', ['tsc', '--noEmit']));
if (wanted('build') || wanted('e2e') || wanted('lint') || wanted('bench')) results.push(step('build', 'npm', ['run', '--silent', 'build']));
if (wanted('lint')) {
  results.push(step('eslint', 'npx', ['eslint', '.']));
  results.push(step('web-ext-lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'text', '--warnings-as-errors=false']));
}
if (wanted('unit')) results.push(vitestStep('unit', []));
if (wanted('e2e')) results.push(vitestStep('e2e', ['--config', 'test/e2e/vitest.config.ts']));
if (wanted('bench') && existsSync(resolve(ROOT, 'bench/run.ts'))) results.push(step('bench-smoke', 'npx', ['tsx', 'bench/run.ts', '--smoke']));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n━━ summary');
for (const r of results) console.log(`${r.failed === 0 ? 'PASS' : 'FAIL'}  ${r.name.padEnd(14)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(resolve(ARTIFACTS, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
