// The worker for XLSX workbooks: the same worker with exceljs, which only this file loads.
import { readHtcdsWorkbook } from "@tipx/convert";
import { startWorker } from "./worker-core";

startWorker(readHtcdsWorkbook);
