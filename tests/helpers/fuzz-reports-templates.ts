/**
 * Valid-shaped report calls for the API fuzz test to mutate. The report goes into a folder that does not exist,
 * so a mutation that passes validation is refused before a job starts; the schedule stays off.
 */
export const reportsTemplates: Record<string, Record<string, unknown>> = {
  'reports:monthly': { month: '2024-03', path: '/no-such-folder/report-2024-03.xlsx', lang: 'en' },
  'reports:saveSchedule': { enabled: false, folder: '/no-such-folder', lang: 'zh-CN' },
};
