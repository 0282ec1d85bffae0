import { AppError } from '../../../shared/api/app-error';
import type { OfficeTypeResult } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import { recommendOfficeType } from '../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment, type HostFlags } from '../../../shared/typology/typology-input';
import { hostFlagsOf, readCountryGroups, type CountryGroups } from '../../geo/country-groups';
import type { Handlers } from '../dispatch';
import type { Repositories, StoreSession } from '../store-session';

/** Flags do not change a portfolio; the comparison reads other offices' answers with none raised. */
const NO_FLAGS: HostFlags = { ldc: false, sids: false, fragile: false };

/**
 * The office-type recommendation (docs/scoring.md §11). `resourcesDir` holds geo/country-groups.json;
 * it is read on first use and kept, as the shipped lists do not change while the app runs.
 */
export function officeTypeHandlers(session: StoreSession, resourcesDir: string): Pick<Handlers, 'assessments.officeType'> {
  let groups: CountryGroups | undefined;
  const countryGroups = (): CountryGroups => {
    groups ??= readCountryGroups(resourcesDir);
    return groups;
  };

  return {
    'assessments.officeType': ({ id }) => {
      const repositories = session.repositories();
      const frameworks = frameworkReader(repositories);
      const document = repositories.assessments.get(id);
      const hostFlags = hostFlagsOf(countryGroups(), document.office.hostCountry, document.office.fragileContext === true);
      const input = typologyInputFromAssessment(frameworks(document), document.answers, hostFlags, document.office.region);
      const portfolios = comparedPortfolios(repositories, document, frameworks);
      const recommendation = recommendOfficeType(input, portfolios.length > 0 ? { portfolios } : undefined);
      return { recommendation, hostFlags, comparedOffices: portfolios.length } satisfies OfficeTypeResult;
    },
  };
}

/** Each assessment is read with the framework it was made with (by hash), each framework parsed once per request. */
function frameworkReader(repositories: Repositories): (document: AssessmentDocument) => Framework {
  const read = new Map<string, Framework>();
  return (document) => {
    const hash = document.framework.hash;
    const known = read.get(hash);
    if (known) return known;
    const installed = repositories.frameworks.getByHash(hash);
    if (!installed) {
      throw new AppError('not_found', 'the framework of this assessment is not installed', {
        params: { framework: `${document.framework.id} ${document.framework.version}` },
      });
    }
    read.set(hash, installed.framework);
    return installed.framework;
  };
}

/**
 * The "top third of the portfolio" comparison set: the portfolios (P4.6) of the other offices of
 * the same region and cycle, each by its latest revision. The assessment's own revisions are the
 * same office and never count; offices without a portfolio value are left out.
 */
function comparedPortfolios(
  repositories: Repositories,
  document: AssessmentDocument,
  frameworks: (document: AssessmentDocument) => Framework,
): number[] {
  const ownLineage = new Set(repositories.lifecycle.revisions(document.id).map((revision) => revision.id));
  const portfolios: number[] = [];
  for (const other of repositories.assessments.list()) {
    if (ownLineage.has(other.id) || !other.latestRevision) continue;
    if (other.region !== document.office.region || other.cycle !== document.cycle) continue;
    const otherDocument = repositories.assessments.get(other.id);
    const { portfolio } = typologyInputFromAssessment(frameworks(otherDocument), otherDocument.answers, NO_FLAGS, other.region);
    if (portfolio !== null) portfolios.push(portfolio);
  }
  return portfolios;
}
