import { isoDay, unixDate } from '../clock.ts';
import { logLine } from '../state.ts';
import type { JidotekiState } from '../state.ts';
import { inspectPackage } from './package.ts';
import type { PackageFailure, PackagePlan } from './package.ts';

export const UPDATE_ALREADY_RUNNING = 'Update is already running';

interface Step {
  percentage: number;
  run: (at: number) => PackageFailure | 'done' | null;
}

export function startUpdate(state: JidotekiState, bytes: Uint8Array, now: number): void {
  const job = state.update;
  if (job.running) {
    failUpdate(state, now, { step: 'script', code: 'E1004', message: UPDATE_ALREADY_RUNNING });
    return;
  }
  const plan = inspectPackage(bytes, state.version ?? '0.0.0');
  const attempt = (job.attempts += 1);
  job.running = true;
  job.status = 'running';
  job.percentage = 10;
  job.errorMessage = null;
  job.errorCode = null;
  job.log.push(logLine(now, 'Updating system. Please wait..'));

  const steps = updateSteps(state, plan);
  steps.forEach((step, index) => {
    state.timeline.schedule(now + (index + 1) * state.timing.jobStepMs, (at) => {
      if (job.attempts !== attempt || !job.running) return;
      job.status = 'running';
      job.percentage = step.percentage;
      const outcome = step.run(at);
      if (outcome === null) return;
      if (outcome === 'done') {
        job.running = false;
        return;
      }
      failUpdate(state, at, outcome);
      job.running = false;
    });
  });
}

function failUpdate(state: JidotekiState, at: number, failure: PackageFailure): void {
  const job = state.update;
  job.log.push(logLine(at, failure.message));
  job.errorMessage = failure.message;
  job.errorCode = failure.code;
  job.status = 'failed';
  job.log.push(logLine(at, 'Failed updating system. Cleaning up..'));
}

function updateSteps(state: JidotekiState, plan: PackagePlan): Step[] {
  const job = state.update;
  const failsAt = (step: PackageFailure['step']) =>
    plan.failure?.step === step ? plan.failure : null;
  return [
    {
      percentage: 20,
      run: (at) => {
        job.log.push(logLine(at, 'Decrypting software update package'));
        return failsAt('decrypt');
      },
    },
    {
      percentage: 30,
      run: (at) => {
        job.log.push(logLine(at, 'Verifying software update package signature'));
        return failsAt('verify');
      },
    },
    {
      percentage: 40,
      run: (at) => {
        job.log.push(logLine(at, 'Extracting software update package'));
        return failsAt('extract');
      },
    },
    {
      percentage: 50,
      run: (at) => {
        job.log.push(
          logLine(
            at,
            plan.version
              ? `Comparing package version v${plan.version} with system version v${state.version ?? 'unknown'}`
              : 'No version.txt in package, skipping version check',
          ),
        );
        return failsAt('version');
      },
    },
    {
      percentage: 60,
      run: (at) => {
        if (!plan.hasUpdateScript) {
          job.percentage = 90;
          job.status = 'success';
          job.log.push(logLine(at, 'No update script found, skipping.'));
          applyPackage(state, plan, at);
          return 'done';
        }
        job.log.push(`Starting update at: ${unixDate(at)}`);
        return null;
      },
    },
    {
      percentage: 70,
      run: (at) => {
        job.log.push(logLine(at, 'Running update.sh'));
        return failsAt('script');
      },
    },
    {
      percentage: 80,
      run: (at) => {
        job.log.push(`Completed update at: ${unixDate(at)}`);
        return null;
      },
    },
    {
      percentage: 100,
      run: (at) => {
        job.status = 'success';
        job.log.push(logLine(at, 'Update successful'));
        applyPackage(state, plan, at);
        return 'done';
      },
    },
  ];
}

function applyPackage(state: JidotekiState, plan: PackagePlan, at: number): void {
  state.build = { ...state.build, builddate: String(Math.floor(at / 1000)) };
  if (!plan.version) return;
  state.version = plan.version;
  const entry = `## ${plan.version} (${isoDay(at)})\n\n  * Software update package v${plan.version}\n  * Update system packages\n\n`;
  const header = '# Changelog\n\n';
  const changelog = state.changelog ?? header;
  state.changelog = changelog.startsWith(header)
    ? header + entry + changelog.slice(header.length)
    : entry + changelog;
}
