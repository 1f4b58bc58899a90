/** Progress of a long import, reported to the person waiting for it. */
export type ImportProgress = { phase: 'reading' | 'checking' | 'saving'; done: number; total: number };
export type OnProgress = (progress: ImportProgress) => void;
export const BATCH = 500;
