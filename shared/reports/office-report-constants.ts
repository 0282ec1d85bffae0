/**
 * The office report's constants, apart from its types (office-report-data.ts) and its schema
 * (office-report-schema.ts) so that the schema can use them without an import cycle.
 */
export const OFFICE_REPORT_DATA_SCHEMA = 'fieldscore.office-report/1';

/**
 * UN distribution classes. A self-assessment is an internal working document of the office
 * and its hub — figures about staff, costs and host contributions, a head of office's own
 * justifications — so it is printed "Restricted" unless whoever prints it decides otherwise.
 */
export const DISTRIBUTIONS = ['general', 'limited', 'restricted'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];
export const DEFAULT_OFFICE_REPORT_DISTRIBUTION: Distribution = 'restricted';
