import type { FrameworkProblem } from '../../shared/framework/validate-framework';
import type { CellLocation } from './xlsx-sheet-table';
import type { XlsxProblem } from './xlsx-problem';

export interface SourceLocation extends CellLocation {
  /** Added to the message, e.g. how to fix a missing row. */
  note?: string;
}

/**
 * Where each part of the built framework document came from in the workbook, so that a
 * validateFramework problem ("perspectives.1.indicators.0.weight") is reported at the cell the
 * author has to change. A path without its own entry falls back to its nearest ancestor; one
 * with no ancestor either keeps its path in the message.
 */
export class XlsxSourceMap {
  private readonly locations = new Map<string, SourceLocation>();

  set(path: string, location: SourceLocation): void {
    this.locations.set(path, location);
  }

  locate(problem: FrameworkProblem): XlsxProblem {
    const parts = problem.path === '' ? [] : problem.path.split('.');
    for (let length = parts.length; length >= 0; length -= 1) {
      const location = this.locations.get(parts.slice(0, length).join('.'));
      if (!location) continue;
      // validateFramework's messages already name the perspective or indicator and the field.
      const message = location.note === undefined ? problem.message : `${problem.message} (${location.note})`;
      return { sheet: location.sheet, row: location.row, column: location.column, message };
    }
    return { message: problem.path === '' ? problem.message : `${problem.message} (${problem.path})` };
  }
}
