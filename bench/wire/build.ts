import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Builds the web app into `outDir`, never into frontend/dist (other builds may be using it).
 *
 * Runs the steps of frontend/package.json's `build` script (then `build:ssr`, if there is one and
 * `build` does not already build with --ssr) as they are written, each a `vite build …` command, with
 * output folders moved: no --outDir → `outDir`; `--outDir dist/x` → `outDir/x`. So the client and, when
 * the app has one, the server-rendering bundle land in `outDir` laid out as they would in dist/.
 */
export async function buildApp(frontendDir: string, outDir: string): Promise<void> {
  const scripts =
    (JSON.parse(readFileSync(join(frontendDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const steps = (scripts.build ?? 'vite build').split('&&').map((s) => s.trim().split(/\s+/));
  if (scripts['build:ssr'] && !steps.some((s) => s.includes('--ssr')))
    steps.push(...scripts['build:ssr'].split('&&').map((s) => s.trim().split(/\s+/)));
  const dist = resolve(frontendDir, 'dist');
  for (const step of steps) {
    if (step[0] !== 'vite' || step[1] !== 'build') {
      throw new Error(`bench/wire/build.ts runs \`vite build …\` steps only, not \`${step.join(' ')}\`: adapt buildApp()`);
    }
    const args = step.slice(1);
    const at = args.indexOf('--outDir');
    if (at < 0) {
      args.push('--outDir', outDir);
    } else {
      const inDist = relative(dist, resolve(frontendDir, args[at + 1] ?? ''));
      if (inDist.startsWith('..') || isAbsolute(inDist)) throw new Error(`build step writes outside dist/: ${step.join(' ')}`);
      args[at + 1] = join(outDir, inDist);
    }
    await vite(frontendDir, args);
  }
}

function vite(cwd: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    // npx resolves the workspace's own vite; its output is shown only when the build fails.
    const child = spawn('npx', ['--no-install', 'vite', ...args, '--logLevel', 'warn'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`vite ${args.join(' ')} failed (${code ?? signal}):\n${output}`));
    });
  });
}
