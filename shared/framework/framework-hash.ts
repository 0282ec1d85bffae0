import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Framework, FrameworkRef } from './framework-schema';

/**
 * The content hash an assessment records: sha256 over the RFC 8785 canonical JSON of the
 * framework document, so key order and whitespace do not change it but any edit does.
 */
export function frameworkHash(framework: unknown): string {
  const canonical = canonicalize(framework);
  if (canonical === undefined) throw new Error('framework cannot be canonicalised');
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonical)))}`;
}

/** What an assessment records about the framework it is filled against. */
export function frameworkRefOf(framework: Framework): FrameworkRef {
  return { id: framework.id, version: framework.version, hash: frameworkHash(framework) };
}
