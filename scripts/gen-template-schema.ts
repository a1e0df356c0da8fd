// Writes templates/template.schema.json from the zod template schema, for authors' editors. Run: npx tsx scripts/gen-template-schema.ts
// A test fails when the committed file is out of date, so run this after every change to electron/common/template/template-schema.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateJsonSchemaText } from '../electron/common/template/template-schema';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'template.schema.json');
writeFileSync(target, templateJsonSchemaText(), 'utf8');
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
