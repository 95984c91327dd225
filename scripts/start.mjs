// `npm start`: builds what changed since the last build (turbo's cache replays the rest in well under a
// second), says nothing unless the build fails, then runs the server in this process.
import { spawnSync } from 'node:child_process';

const build = spawnSync('turbo', ['run', 'build', '--output-logs=errors-only'], { encoding: 'utf8' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  if (build.error) console.error(build.error.message);
  process.exit(build.status ?? 1);
}
await import('../apps/api/dist/main.js');
