import { execFileSync } from 'node:child_process';

/** End-to-end tests run the real `marsad` binary, so they need the current sources compiled first. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
