// Writes docs/rules-catalogue.md from the built rule set (npm run rules:doc).
import { writeFileSync } from 'node:fs';
import { RULE_SET, ruleCatalogue } from './dist/index.js';

writeFileSync(new URL('../../docs/rules-catalogue.md', import.meta.url), ruleCatalogue(RULE_SET));
console.log(`docs/rules-catalogue.md: ${RULE_SET.rules.length} rules, version ${RULE_SET.version}`);
