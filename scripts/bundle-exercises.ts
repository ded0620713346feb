/** Writes shared/exercises/library.generated.ts from shared/exercises/library/*.yaml, so every runtime (Node,
 * Workers, browser) carries the built-in exercises without file access. A test checks it is current. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { libraryModuleSource } from '../shared/exercises/library-source.js';

const dir = 'shared/exercises/library';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
writeFileSync('shared/exercises/library.generated.ts', libraryModuleSource(files.map((f) => readFileSync(`${dir}/${f}`, 'utf8'))));
console.log(`bundled ${files.length} exercises`);
