import { AppError } from '../../shared/api/app-error';
import type { Framework, FrameworkRef, Indicator } from '../../shared/framework/framework-schema';
import type { FrameworkRegistry } from '../frameworks/framework-registry';

interface Cached {
  framework: Framework;
  indicators: Map<string, Indicator>;
}

/**
 * Frameworks by content hash, parsed once: a stored framework never changes under its hash,
 * so every keystroke need not re-read and re-validate the whole document.
 */
export class FrameworkCache {
  private readonly byHash = new Map<string, Cached>();

  constructor(private readonly registry: FrameworkRegistry) {}

  /** The framework an assessment points at; it is installed by construction (foreign key). */
  framework(hash: string): Framework {
    return this.cached(hash).framework;
  }

  indicator(hash: string, indicatorId: string): Indicator | undefined {
    return this.cached(hash).indicators.get(indicatorId);
  }

  /** The indicator, or AppError invalid_request 'errors.unknown_indicator' when the framework has none by that id. */
  requireIndicator(hash: string, indicatorId: string): Indicator {
    const indicator = this.indicator(hash, indicatorId);
    if (!indicator) {
      throw new AppError('invalid_request', "the indicator is not part of this assessment's framework", {
        messageKey: 'errors.unknown_indicator',
        params: { indicatorId },
        problems: [{ path: 'indicatorId', message: 'not in the framework' }],
      });
    }
    return indicator;
  }

  /** The highest installed version of a framework id (not cached: installing adds versions). */
  latestRef(frameworkId: string): FrameworkRef | undefined {
    return this.registry.getLatestById(frameworkId)?.ref;
  }

  private cached(hash: string): Cached {
    let cached = this.byHash.get(hash);
    if (!cached) {
      const installed = this.registry.getByHash(hash);
      if (!installed) throw new Error(`framework ${hash} is not installed`);
      const indicators = new Map(installed.framework.perspectives.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
      cached = { framework: installed.framework, indicators };
      this.byHash.set(hash, cached);
    }
    return cached;
  }
}
