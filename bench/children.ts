/** Runs one job in a fresh Node process and waits for its one answer. */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { type Generated, JobAnswer, type JobRequest } from './jobs';
import type { FilePass, OfficeResult } from './results';

const CHILD = join(__dirname, 'child.js');

export function runJob(request: JobRequest): Promise<JobAnswer> {
  return new Promise((resolve, reject) => {
    // `--expose-gc`: a pass measures the heap its files left behind after a full collection.
    const child = fork(CHILD, [JSON.stringify(request)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer: JobAnswer | null = null;
    child.on('message', (message) => {
      answer = JobAnswer.parse(message);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer !== null) resolve(answer);
      else reject(new Error(`the ${request.job} job ended with code ${code} and no answer`));
    });
  });
}

interface JobResults {
  readonly generate: Generated;
  readonly pass: FilePass;
  readonly office: OfficeResult;
}

/** The answer of a job, narrowed to its kind. */
export async function jobResult<K extends JobRequest['job']>(request: JobRequest & { job: K }): Promise<JobResults[K]> {
  const answer = await runJob(request);
  if (answer.job !== request.job) throw new Error(`asked for ${request.job}, answered ${answer.job}`);
  return answer.result as JobResults[K];
}
