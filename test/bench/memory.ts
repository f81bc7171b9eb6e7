import mongoose, { Types } from 'mongoose';
import { createModels } from '../../api/src/models/index.ts';
import { createAggregates } from '../../api/src/reports/aggregates.ts';

/**
 * What the cache of survey cells costs in memory, run as `node --expose-gc memory.ts <uri> <database> <surveyId>...`
 * in a process of its own: the surveys' cells are read through the API's own cache, and the heap measured after a
 * full collection before and after. Prints one JSON line.
 */
const [uri = '', database = '', ...surveys] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const connection = await mongoose.createConnection(uri, { dbName: database }).asPromise();
const aggregates = createAggregates(createModels(connection));
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const before = heap();
let cells = 0;
for (const survey of surveys) cells += (await aggregates.cells(new Types.ObjectId(survey))).size;
const grown = heap() - before;
console.info(
  JSON.stringify({
    surveys: surveys.length,
    cells,
    'heap MB': Number((grown / 2 ** 20).toFixed(1)),
    'bytes per cell': Math.round(grown / Math.max(1, cells)),
  }),
);
await connection.close();
