// Placeholder: the holiday table is generated here from a maintained holiday package (see src/query/holidays.ts).
export async function emitHolidays(_pkgRoot: string): Promise<void> {}
