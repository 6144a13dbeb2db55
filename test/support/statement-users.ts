import './power-builders';
import './list-builders';
import './analysis-builders';
import './import-helpers';
import '../../src/importer/kinds';
import '../../src/cli/import-command';
import '../../src/importer/demo';
import '../../bench/support/wipe';
import '../../bench/load-csv';
import '../../bench/read-mix';
import '../../bench/raw-cypher';
import '../../bench/analysis';
import '../../bench/province/measure';
import './graph-checksum';
import './security-graph-counts';
import './finding-builders';
import '../../src/importer/import-divisions';
import '../../src/importer/import-organizations';
import '../../src/importer/import-enforcement';
import '../../src/importer/import-whistle';
import '../../src/importer/import-duties';
import '../../src/importer/import-lenient';
import './reassignment-builders';
import '../../src/cli/audit-command';
import '../../src/cli/history-command';
import '../../src/cli/export-command';
import '../../src/importer/assign-catalog';
import '../../src/cli/catalog-command';

/**
 * Imports every module that declares Cypher statements outside the GraphQL schema (the importer,
 * the CLI), so the dead-file check sees all declarations.
 */
export function loadAllStatementUsers(): void {
  // Added as such modules appear.
}
