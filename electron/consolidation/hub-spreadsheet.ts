import type { Language } from '../../shared/i18n/languages';
import { hostFlagsOf, readCountryGroups } from '../geo/country-groups';
import type { HubStore } from './hub-store';
import { readHeldPackage } from './hub-views';
import { setCsv, setXlsx, type SetMember } from './set-spreadsheet';

/** The set's members for its spreadsheets: every current (or merged) revision, read again from its bytes. */
export async function hubSetMembers(hub: HubStore, resourcesDir: string): Promise<SetMember[]> {
  const members: SetMember[] = [];
  const groups = readCountryGroups(resourcesDir); // once for the set, not once per office
  for (const row of hub.packages(['current', 'merged'])) {
    const { document, framework, score, signer, packageSha256 } = await readHeldPackage(hub, row.package_sha256);
    members.push({ document, framework, score, signerFingerprint: signer.fingerprint, packageSha256, hostFlags: hostFlagsOf(groups, document.office.hostCountry, document.office.fragileContext === true) });
  }
  return members;
}

export async function hubSpreadsheet(hub: HubStore, resourcesDir: string, format: 'csv' | 'xlsx', language: Language, date: string): Promise<{ fileName: string; dataBase64: string }[]> {
  const members = await hubSetMembers(hub, resourcesDir);
  const stem = `fieldscore-set_${date.slice(0, 10)}`;
  if (format === 'xlsx') return [{ fileName: `${stem}.xlsx`, dataBase64: (await setXlsx(members, language)).toString('base64') }];
  const { data, columns } = setCsv(members, language);
  return [
    { fileName: `${stem}.csv`, dataBase64: data.toString('base64') },
    { fileName: `${stem}_columns.csv`, dataBase64: columns.toString('base64') },
  ];
}
