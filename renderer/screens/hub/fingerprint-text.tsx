import { FingerprintGroups } from '../../app/key-fingerprint';

/**
 * A key fingerprint in its six groups of four, monospace, left to right in every language (it
 * is read out over the phone and compared group by group), never translated. `large` where two
 * fingerprints are compared.
 */
export function FingerprintText({ fingerprint, large = false }: { fingerprint: string; large?: boolean }) {
  return (
    <span className={large ? 'fingerprint-text fingerprint-large' : 'fingerprint-text'} translate="no">
      <FingerprintGroups fingerprint={fingerprint} />
    </span>
  );
}
