// The worker for JSON, NDJSON and CSV files, started as soon as a file is picked.
import { startWorker } from "./worker-core";

startWorker();
