// What other packages' tests use to launch carelevel from a health record (`@carelevel/server/testing`).
export { startSmartRecord, type SmartRecordServer } from './smart-record.js';
export { addRecordPatient, type RecordPatient } from './record-patient.js';
