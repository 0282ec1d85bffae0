/**
 * Why a package was refused: a stable code (for scripts, logs and the hub's import list) and
 * a sentence in each of the six languages (for people). Codes are part of the format's
 * documentation (docs/package-format.md); never reuse one for another meaning.
 */
export const PACKAGE_REASON_CODES = [
  'file_unreadable',
  'file_too_large',
  'not_a_package',
  'passphrase_required',
  'wrong_passphrase',
  'encryption_damaged',
  'archive_damaged',
  'too_many_entries',
  'entry_too_large',
  'too_much_data',
  'unsafe_entry_name',
  'duplicate_entry',
  'unsupported_entry',
  'missing_entry',
  'unlisted_entry',
  'format_newer',
  'manifest_invalid',
  'signature_invalid',
  'signer_key_mismatch',
  'hash_mismatch',
  'size_mismatch',
  'content_invalid',
  'identity_mismatch',
  'framework_mismatch',
  'evidence_mismatch',
  /** A member package inside a hub's consolidated file failed; detail names its own reason. */
  'member_invalid',
] as const;
export type PackageReasonCode = (typeof PACKAGE_REASON_CODES)[number];

export interface PackageReason {
  code: PackageReasonCode;
  /** Interpolated into the message: {entry}, {version}, {limit}, {detail}. */
  params: Record<string, string | number>;
}

export function packageReasonKey(code: PackageReasonCode): string {
  return `packages.reasons.${code}`;
}
