/**
 * Imports every module that declares Cypher statements outside the GraphQL schema (the importer,
 * the CLI), so the dead-file check sees all declarations.
 */
export function loadAllStatementUsers(): void {
  // Added as such modules appear.
}
