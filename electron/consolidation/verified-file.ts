import type { PackageReason } from '../../shared/packages/package-reasons';
import type { VerifiedPackage } from '../packages/package-reader';
import type { VerifiedConsolidated } from './consolidated-file';

/** A file from outside after the readers: a package, a hub's consolidated file, or the reason it is neither. */
export type VerifiedFile =
  | { kind: 'package'; package: VerifiedPackage }
  | { kind: 'consolidated'; consolidated: VerifiedConsolidated }
  | { kind: 'invalid'; reason: PackageReason };
