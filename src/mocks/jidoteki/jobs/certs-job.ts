import { latin1, sha256Hex } from '../bytes.ts';
import { logLine } from '../state.ts';
import type { JidotekiState } from '../state.ts';

export interface CertificateUpload {
  public: Uint8Array;
  private: Uint8Array;
  ca: Uint8Array | null;
}

const CERTIFICATE = '-----BEGIN CERTIFICATE-----';
const PRIVATE_KEY = /-----BEGIN (RSA )?PRIVATE KEY-----/;

export function startCertsUpdate(
  state: JidotekiState,
  upload: CertificateUpload,
  now: number,
): void {
  const job = state.certs;
  if (job.running) return;
  const publicPem = latin1(upload.public);
  const privatePem = latin1(upload.private);
  const caPem = upload.ca ? latin1(upload.ca) : null;
  job.running = true;
  job.status = 'running';
  job.log.push(logLine(now, 'Validating and adding TLS certificates'));

  const modulus = (pem: string) =>
    `${sha256Hex(new TextEncoder().encode(pem.includes('MISMATCH') ? pem : 'modulus'))}  -`;
  const steps: Array<(at: number) => boolean> = [
    () => {
      job.log.push('Checking public key: appliance.pem');
      return publicPem.includes(CERTIFICATE);
    },
    () => {
      job.log.push('Checking private key: appliance.key');
      return PRIVATE_KEY.test(privatePem);
    },
    () => {
      const publicHash = modulus(publicPem);
      const privateHash = modulus(privatePem);
      job.log.push(`Public key SHA256 hash:  ${publicHash}`);
      job.log.push(`Private key SHA256 hash: ${privateHash}`);
      if (publicHash === privateHash) return true;
      job.log.push('Public/private key SHA256 hash mismatch');
      return false;
    },
    () => {
      if (caPem === null) return true;
      job.log.push('Checking CA certificate: ca.pem');
      return caPem.includes(CERTIFICATE);
    },
  ];

  const finish = (at: number, success: boolean) => {
    job.running = false;
    if (success) {
      job.status = 'success';
      job.installed = { public: publicPem, private: privatePem, ca: caPem };
      job.log.push(logLine(at, 'Add TLS certificates successful'));
    } else {
      job.status = 'failed';
      job.log.push(logLine(at, 'Invalid or missing TLS certificate files'));
    }
  };

  let failed = false;
  steps.forEach((step, index) => {
    state.timeline.schedule(now + (index + 1) * state.timing.jobStepMs, (at) => {
      if (failed || !job.running) return;
      if (!step(at)) {
        failed = true;
        finish(at, false);
      }
    });
  });
  state.timeline.schedule(now + (steps.length + 1) * state.timing.jobStepMs, (at) => {
    if (!failed && job.running) finish(at, true);
  });
}
