import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What gets built and served: the working tree, or one commit exported to a temporary folder. */
export interface Source {
  /** A folder laid out like the repository (backend/, frontend/, schema/, seeds/). */
  root: string;
  /** For the report: the commit, and whether the working tree differs from it. */
  label: string;
}

function git(repo: string, args: string[]): string {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

export function workingTree(repo: string): Source {
  const sha = git(repo, ['rev-parse', '--short', 'HEAD']);
  const dirty = git(repo, ['status', '--porcelain', '--', 'frontend', 'backend', 'schema', 'seeds', 'package.json']) !== '';
  return { root: repo, label: `working tree at ${sha}${dirty ? ' + uncommitted changes' : ''}` };
}

/**
 * Exports `ref` (git archive: reads the repository, touches neither its working tree nor its index)
 * into `dest`, and links the installed node_modules folders into it, so the app of another commit can
 * be built and served while the working tree is being edited.
 */
export function exportRef(repo: string, ref: string, dest: string): Source {
  const sha = git(repo, ['rev-parse', '--verify', `${ref}^{commit}`]);
  mkdirSync(dest, { recursive: true });
  const archive = spawnSync('git', ['-C', repo, 'archive', '--format=tar', sha, 'backend', 'frontend', 'schema', 'seeds', 'package.json'], {
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr.toString().trim()}`);
  const tar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout });
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr.toString().trim()}`);
  for (const dir of ['.', 'backend', 'frontend']) {
    const modules = join(repo, dir, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, join(dest, dir, 'node_modules'), 'dir');
  }
  return { root: dest, label: `${ref} = ${sha.slice(0, 7)} (exported)` };
}
