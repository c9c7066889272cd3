// A throwaway certificate for one run of `npm run bench:network`: an ECDSA P-256 key and a self-signed
// certificate for the bench's host names, valid for a day, made with openssl in a temporary directory and
// deleted at once. Chromium trusts it through `--ignore-certificate-errors-spki-list` with the hash of this
// key only: any other certificate still fails.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const OPENSSL = process.env.OPENSSL_PATH || '/usr/bin/openssl';

/**
 * @param {string[]} hosts DNS names the certificate is for
 * @returns {{ key: string, cert: string, spki: string }} PEM key and certificate, and the base64 SHA-256 of the
 *   key's SubjectPublicKeyInfo (what `--ignore-certificate-errors-spki-list` takes)
 */
export function makeCertificate(hosts) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'net-bench-tls-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      OPENSSL,
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '1',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const key = readFileSync(keyFile, 'utf8');
    const cert = readFileSync(certFile, 'utf8');
    const spkiDer = createPublicKey(cert).export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(spkiDer).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
